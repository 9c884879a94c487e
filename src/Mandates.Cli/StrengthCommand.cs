using Mandates.Cli.Csv;
using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates strength KFOR --from 2025-07-01 --to 2025-07-31`: deployed strength against the ceiling, per
/// stretch of equal strength, as known now or as recorded at an instant.
/// </summary>
internal static class StrengthCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var days = new PeriodOptions();
        var by = new Option<string?>("--by")
        {
            Description = "'task': also the most deployed on a day for each task over the period (a table of its "
                + "own, beside the stretches).",
        };
        var asRecorded = new Option<string?>("--as-recorded-at")
        {
            Description = "Answer as the ledger stood at this instant (e.g. 2025-07-02T00:00:00Z): its tours and its "
                + "law (mandates, ceilings, legal acts) as then recorded, not as known now.",
        };
        var command = new Command("strength", "Deployed strength per day or period against the ceiling, and whether "
            + "the law lets tours serve on those days (if not, why, rule by rule); as known now or as recorded at "
            + "an instant.")
        {
            operation,
        };
        days.AddTo(command);
        command.Options.Add(by);
        command.Options.Add(asRecorded);
        var csv = Formats.CsvOption();
        command.Options.Add(csv);
        Completions.Operations(operation);
        command.SetAction(parsed =>
        {
            var format = Formats.Of(parsed, csv);
            var instant = context.AsRecordedAt(parsed, asRecorded);
            // Without a day, the day of the question: today, or the instant's day (as a query then would have asked).
            var period = days.Read(parsed, context, instant);
            var byTask = parsed.GetValue(by)?.ToLowerInvariant() switch
            {
                null => false,
                "task" => true,
                _ => throw new BadInputException(
                    $"--by: '{Arguments.Shown(parsed.GetValue(by)!)}' is not a breakdown; expected task."),
            };
            var result = ReadStrength.Run(context.Session(parsed),
                new StrengthRequest(parsed.GetValue(operation)!, period, byTask, instant));
            if (format == Format.Json) StrengthView.Json(context.Output, result);
            else if (format == Format.Csv) StrengthView.Csv(context.Output, result);
            else StrengthView.Text(context.Output, result);
            return ExitCodes.Ok;
        });
        return command;
    }
}
