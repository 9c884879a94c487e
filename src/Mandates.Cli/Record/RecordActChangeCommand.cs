using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.Records;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates record act-change --act unscr-1244 --date 2026-03-01 --change terminated --until 2026-03-31
/// --source "…"`.
/// </summary>
internal static class RecordActChangeCommand
{
    public static Command Create(CommandContext context)
    {
        var (date, source) = (RecordOptions.Date("the change was decided"), RecordOptions.Source());
        var act = new Option<string>("--act") { Description = "The legal act, e.g. unscr-1244.", Required = true };
        var change = new Option<string>("--change")
        {
            Description = $"What changes: one of {RecordOptions.Words(RecordLoader.ChangeKinds)}.", Required = true,
        };
        var until = new Option<string>("--until")
        {
            Description = "The act's new last day in force (inclusive), or 'open' for an open-ended extension.",
            Required = true,
        };
        var document = new Option<string?>("--document")
        {
            Description = "The decision's document, e.g. S/RES/9999 (2026).",
        };
        var command = new Command("act-change", "A legal act is extended or terminated, as decided on a day.")
        {
            act, date, change, until, document, source,
        };
        Completions.Words(change, RecordLoader.ChangeKinds.Keys);
        command.SetAction(parsed =>
        {
            var kind = Arguments.Word("--change", parsed.GetValue(change)!, RecordLoader.ChangeKinds);
            var last = Arguments.DayOrOpen("--until", parsed.GetValue(until)!);
            var request = new RecordActChangeRequest(parsed.GetValue(act)!,
                Arguments.Date("--date", parsed.GetValue(date)!), kind, last,
                Arguments.Source("--source", parsed.GetValue(source)!),
                parsed.GetValue(document) is { } d
                    ? Arguments.Text("--document", d, "the decision's document, e.g. S/RES/9999 (2026)") : null);
            CommandContext.BeforeWriting(parsed, "record");
            var result = RecordActChange.Run(context.Session(parsed), request);
            return RecordView.Show(context, parsed, result);
        });
        return command;
    }
}
