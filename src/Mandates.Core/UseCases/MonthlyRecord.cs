using Mandates.Core.Law;
using Mandates.Core.Problems;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"What did each operation's authorisation and strength look like, month by month?"</summary>
/// <param name="From">The first month; null for each operation's first month of consent.</param>
/// <param name="To">The last month, inclusive; null for the month of today.</param>
public sealed record MonthlyRecordRequest(YearMonth? From = null, YearMonth? To = null);

/// <summary>One operation in one month: the shape of SIPRI's and the UN's peacekeeping data, to join them.</summary>
/// <param name="Month">The calendar month.</param>
/// <param name="Operation">The operation.</param>
/// <param name="Mandate">
/// The mandate in force: the one governing the month's last day on which a mandate was in force; null if none was.
/// </param>
/// <param name="LegalInstruments">The short names of the legal acts that mandate requires; empty without one.</param>
/// <param name="Ceiling">
/// The highest ceiling in force on a day of the month (a month in which the ceiling was cut shows the higher one,
/// as the ledger strength beside it is the month's most); null if no mandate was in force on any day of it.
/// </param>
/// <param name="ReportedStrength">The latest figure a source reported for a day of the month; null if none.</param>
/// <param name="LedgerStrength">The most the ledger has deployed on a day of the month.</param>
public sealed record MonthRow(YearMonth Month, Operation Operation, Mandate? Mandate,
    IReadOnlyList<string> LegalInstruments, int? Ceiling, ReportedStrength? ReportedStrength, int LedgerStrength);

/// <summary>The rows, by month and then by operation id; the months asked for, as read.</summary>
public sealed record MonthlyRecordResult(YearMonth? From, YearMonth To, IReadOnlyList<MonthRow> Rows);

/// <summary>
/// One row per operation per month, from each operation's first consent (or the month asked for, if later) to this
/// month: the mandate in force, its legal instruments, its ceiling, the strength sources reported and the strength
/// the ledger holds. An operation no consent of which has begun by the last month has no rows.
/// </summary>
public static class MonthlyRecord
{
    public static MonthlyRecordResult Run(Session session, MonthlyRecordRequest request)
    {
        var today = session.Caller.Today;
        var to = request.To ?? new YearMonth(today.Year, today.Month);
        if (request.From is { } from && to < from)
            throw new ProblemException(Problem.Saying("to", Month(to), Problem.Join(
                $"'{Month(to)}' is before {Problem.Named("from")} ({Month(from)}); ",
                $"expected a month on or after it.")));
        var record = session.Law.Record();
        var state = session.LedgerAt(null);
        var rows = new List<MonthRow>();
        foreach (var operation in record.Operations)
        {
            if (FirstConsent(operation) is not { } first) continue;
            var start = new YearMonth(first.Year, first.Month);
            if (request.From is { } asked && asked > start) start = asked;
            var strength = state.StrengthOf(operation.Id);
            for (var month = start; month <= to; month = month.PlusMonths(1))
                rows.Add(Row(record, operation, month, strength));
        }
        return new MonthlyRecordResult(request.From, to,
            [.. rows.OrderBy(r => r.Month).ThenBy(r => r.Operation.Id.Value, StringComparer.Ordinal)]);
    }

    /// <summary>A month as YYYY-MM.</summary>
    public static string Month(YearMonth month) =>
        NodaTime.Text.YearMonthPattern.Iso.Format(month);

    private static LocalDate? FirstConsent(Operation operation) =>
        operation.Mandates.Select(m => m.ConsentBegins).OfType<LocalDate>().Order().Cast<LocalDate?>().FirstOrDefault();

    private static MonthRow Row(LegalRecord record, Operation operation, YearMonth month, IStrength strength)
    {
        var days = month.ToDateInterval();
        Mandate? inForce = null;
        int? ceiling = null;
        foreach (var day in days)
        {
            if (Standing.Of(record, operation, day) is not { Phase: Phase.Current, Governing: { } governing })
                continue;
            inForce = governing;
            var persons = governing.CeilingOn(day).Persons;
            if (ceiling is not { } highest || persons > highest) ceiling = persons;
        }
        var instruments = inForce?.Requires.Select(id => record.Act(id).Short).ToList() ?? [];
        var reported = operation.ReportedStrength.LastOrDefault(r => days.Contains(r.Date));
        return new MonthRow(month, operation, inForce, instruments, ceiling, reported, strength.MaxOver(days));
    }
}
