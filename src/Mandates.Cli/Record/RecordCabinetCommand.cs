using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>`mandates record cabinet --mandate KFOR-2026 --date 2026-05-20 --source "…"`.</summary>
internal static class RecordCabinetCommand
{
    public static Command Create(CommandContext context)
    {
        var mandate = RecordOptions.Mandate();
        var date = RecordOptions.Date("the cabinet decided");
        var source = RecordOptions.Source();
        var command = new Command("cabinet", "The cabinet's decision on a motion.") { mandate, date, source };
        command.SetAction(parsed =>
        {
            // Every value is read before the store is opened (and, on first use, filled): bad input writes nothing.
            var request = new RecordCabinetRequest(parsed.GetValue(mandate)!,
                Arguments.Date("--date", parsed.GetValue(date)!),
                Arguments.Source("--source", parsed.GetValue(source)!));
            CommandContext.BeforeWriting(parsed, "record");
            var result = RecordCabinet.Run(context.Session(parsed), request);
            return RecordView.Show(context, parsed, result);
        });
        return command;
    }
}
