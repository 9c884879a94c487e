using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>`mandates record objection --mandate KFOR-2026 --date 2026-06-05 --by "a group" --source "…"`.</summary>
internal static class RecordObjectionCommand
{
    public static Command Create(CommandContext context)
    {
        var mandate = RecordOptions.Mandate();
        var date = RecordOptions.Date("the debate was demanded");
        var source = RecordOptions.Source();
        var by = new Option<string>("--by")
        {
            Description = "Who demanded the debate: a parliamentary group, or 5 % of the members.", Required = true,
        };
        var command = new Command("objection", "A demand for a plenary debate on a simplified motion (§ 4(1) ParlBG).")
        {
            mandate, date, by, source,
        };
        command.SetAction(parsed =>
        {
            var who = Arguments.Text("--by", parsed.GetValue(by)!, "who demanded the debate, a parliamentary group "
                + "or 5 % of the members, e.g. \"parliamentary group X\"");
            var request = new RecordObjectionRequest(parsed.GetValue(mandate)!,
                Arguments.Date("--date", parsed.GetValue(date)!), who,
                Arguments.Source("--source", parsed.GetValue(source)!));
            CommandContext.BeforeWriting(parsed, "record");
            var result = RecordObjection.Run(context.Session(parsed), request);
            return RecordView.Show(context, parsed, result);
        });
        return command;
    }
}
