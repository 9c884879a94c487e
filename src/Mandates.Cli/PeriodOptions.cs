using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Problems;
using NodaTime;

namespace Mandates.Cli;

/// <summary>
/// The days a query reads: one day with --on (default today), or a period with --from and --to, both
/// within the days the ledger covers. Shared by the commands that read the ledger over days.
/// </summary>
internal sealed class PeriodOptions
{
    private readonly Option<string?> on = new("--on")
    {
        Description = "One day (YYYY-MM-DD). Default: today (with --as-recorded-at, that instant's day), "
            + "unless --from is given.",
    };
    private readonly Option<string?> from = new("--from") { Description = "The first day of a period." };
    private readonly Option<string?> to = new("--to") { Description = "The last day of a period, inclusive." };

    /// <summary>What gave the day when no --on was given but --as-recorded-at was: that instant's day.</summary>
    private const string InstantsDay = "--as-recorded-at (its day, as no --on was given)";

    public void AddTo(Command command)
    {
        command.Options.Add(on);
        command.Options.Add(from);
        command.Options.Add(to);
    }

    /// <summary>Whether any of the options was given.</summary>
    public bool Given(ParseResult parsed) =>
        parsed.GetValue(on) is not null || parsed.GetValue(from) is not null || parsed.GetValue(to) is not null;

    /// <summary>
    /// The days asked for. Without a day, the day of the question: today, or with
    /// <paramref name="asRecordedAt"/> that instant's day (in Berlin, as today is), as a query at that instant
    /// would have asked.
    /// </summary>
    public DateInterval Read(ParseResult parsed, CommandContext context, Instant? asRecordedAt = null)
    {
        DateInterval period;
        if (parsed.GetValue(from) is { } f)
        {
            if (parsed.GetValue(on) is not null)
                throw new BadInputException(
                    "--on and --from: give one day with --on, or a period with --from and --to, not both.");
            var first = Arguments.Date("--from", f);
            var last = parsed.GetValue(to) is { } t ? Arguments.Date("--to", t)
                : throw new BadInputException(
                    "--to: a period needs its last day, e.g. --from 2025-07-01 --to 2025-07-31.");
            if (last < first)
                throw new ProblemException(Problem.Saying("to", Days.Format(last), Problem.Join(
                    $"'{Days.Format(last)}' is before {Problem.Named("from")} ({Days.Format(first)}); ",
                    $"expected a day on or after it.")));
            period = new DateInterval(first, last);
        }
        else
        {
            if (parsed.GetValue(to) is not null)
                throw new BadInputException("--to: goes with --from, e.g. --from 2025-07-01 --to 2025-07-31.");
            var day = parsed.GetValue(on) is { } text ? Arguments.Date("--on", text)
                : asRecordedAt is { } then ? Core.UseCases.Caller.DayOf(then) : context.Today;
            period = new DateInterval(day, day);
        }
        // Name what gave the days: the options, or the instant whose day stood in for --on.
        var (startOption, endOption) = parsed.GetValue(from) is not null ? ("--from", "--to")
            : parsed.GetValue(on) is null && asRecordedAt is not null ? (InstantsDay, InstantsDay)
            : ("--on", "--on");
        Arguments.Covered(startOption, period.Start);
        Arguments.Covered(endOption, period.End);
        return period;
    }
}
