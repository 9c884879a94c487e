using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.Law;
using Mandates.Core.Records;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>`mandates record motion KFOR --mandate KFOR-2026 --document "Drucksache 21/999" --source "…"`.</summary>
internal static class RecordMotionCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var mandate = new Option<string>("--mandate")
        {
            Description = "The new mandate's id, e.g. KFOR-2026.", Required = true,
        };
        var document = new Option<string>("--document")
        {
            Description = "The motion's printed paper, e.g. Drucksache 21/999.", Required = true,
        };
        var distributed = new Option<string?>("--distributed")
        {
            Description = "The day the motion was distributed, up to today. Required with --procedure simplified: "
                + "the 7 days for a demand for debate (§ 4 ParlBG) count from it.",
        };
        var procedure = new Option<string?>("--procedure")
        {
            Description = $"The procedure: one of {RecordOptions.Words(RecordLoader.Procedures)}. Default: regular.",
        };
        var extension = new Option<bool>("--extension")
        {
            Description = "The motion extends the previous mandate (§ 7 ParlBG).",
        };
        var start = new Option<string?>("--start")
        {
            Description = "The first day it authorises (subsequent-approval: the day the deployment began, "
                + "up to today).",
        };
        var end = new Option<string?>("--end")
        {
            Description = "No later than this day, or 'open'. Required where the mandate last consented to is "
                + "time-limited; else default open.",
        };
        var ceiling = new Option<string?>("--ceiling")
        {
            Description = "The ceiling. Default: that of the mandate last consented to.",
        };
        var source = RecordOptions.Source();
        var command = new Command("motion", "A new government motion for an operation: a new mandate with the "
            + "terms of the one last consented to (tasks, areas, capabilities, legal bases, ceiling exceptions, the "
            + "official it empowers, and its ceiling unless --ceiling is given). Its end is --end, required where "
            + "that mandate is time-limited. Other terms are changed in the record file: `mandates export DIR`, "
            + "edit, `mandates import DIR`.")
        {
            operation, mandate, document, distributed, procedure, extension, start, end, ceiling, source,
        };
        Completions.Words(procedure, RecordLoader.Procedures.Keys);
        Completions.Operations(operation);
        command.SetAction(parsed =>
        {
            // Every value is read before the store is opened (and, on first use, filled): bad input writes nothing.
            var id = Arguments.MandateId("--mandate", parsed.GetValue(mandate)!);
            var sourceText = Arguments.Source("--source", parsed.GetValue(source)!);
            var (endText, ceilingText) = (parsed.GetValue(end), parsed.GetValue(ceiling));
            var endDay = endText is null ? null : Arguments.DayOrOpen("--end", endText);
            var printed = Arguments.Text("--document", parsed.GetValue(document)!,
                "the motion's printed paper, e.g. Drucksache 21/999");
            var request = new RecordMotionRequest(parsed.GetValue(operation)!, id, printed, sourceText)
            {
                Procedure = parsed.GetValue(procedure) is { } p
                    ? Arguments.Word("--procedure", p, RecordLoader.Procedures) : Procedure.Regular,
                Extension = parsed.GetValue(extension),
                End = endDay,
                // 'open' says so; no --end at all takes over the end last consented to (refused if time-limited).
                OpenEnded = endText is not null && endDay is null,
                Ceiling = ceilingText is null ? null : Arguments.Ceiling("--ceiling", ceilingText),
                Distributed = parsed.GetValue(distributed) is { } d ? Arguments.Date("--distributed", d) : null,
                Start = parsed.GetValue(start) is { } s ? Arguments.Date("--start", s) : null,
            };
            CommandContext.BeforeWriting(parsed, "record");
            var result = RecordMotion.Run(context.Session(parsed), request);
            return RecordView.Show(context, parsed, result);
        });
        return command;
    }
}
