using System.CommandLine;
using Mandates.Cli.Csv;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates deadlines --from 2025-07-01 --to 2025-12-31 --ics --out deadlines.ics`: what falls due for every operation
/// (or one) in a period, with its legal basis and the decision it waits for; as a table, JSON, CSV or a calendar feed.
/// </summary>
internal static class DeadlinesCommand
{
    /// <summary>How far the period reaches without --to: 90 days from its first day on.</summary>
    public const int DefaultDays = 90;

    public static Command Create(CommandContext context)
    {
        var from = new Option<string?>("--from") { Description = "The first day (YYYY-MM-DD). Default: today." };
        var to = new Option<string?>("--to")
        {
            Description = $"The last day, inclusive. Default: {DefaultDays} days after the first day.",
        };
        var operation = new Option<string?>("--operation")
        {
            Description = "One operation's deadlines, e.g. KFOR. Default: every operation.",
        };
        var csv = Formats.CsvOption();
        var ics = new Option<bool>("--ics")
        {
            Description = "Write an iCalendar feed (RFC 5545): an all-day event per deadline, a reminder a week "
                + "before, a UID that stays the same when the feed is made again.",
        };
        var output = new Option<string?>("--out")
        {
            Description = "Write the answer into this new file instead of to stdout (an existing file is refused).",
        };
        var command = new Command("deadlines", "Every deadline of the law in a period (by default today and the "
            + $"{DefaultDays} days after): mandates' ends, legal acts lapsing, § 4 and § 7(2) ParlBG clocks, "
            + "consents and revocations taking effect, promised resubmissions; each with its legal basis and the "
            + "decision it waits for, and the notes on ones past that still stand.");
        foreach (var option in new Option[] { from, to, operation, csv, ics, output }) command.Options.Add(option);
        Completions.Operations(operation);
        command.SetAction(parsed =>
        {
            var format = Formats.Of(parsed, csv, ics);
            var file = parsed.GetValue(output) is { } path ? NewFile.Checked(output.Name, path) : null;
            var first = context.DateOr(parsed, from);
            var last = parsed.GetValue(to) is { } t ? Arguments.Date(to.Name, t) : first.PlusDays(DefaultDays);
            var session = context.Session(parsed);
            var result = ListDeadlines.Run(session, new DeadlinesRequest(parsed.GetValue(operation), first, last));
            void Write(Output into) => DeadlinesView.Write(into, format, result, session);
            if (file is null) Write(context.Output);
            else
            {
                NewFile.Write(output.Name, file, writer => Write(new Output(writer, isTerminal: false)));
                DeadlinesView.Written(context.Output, format, result, file);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
