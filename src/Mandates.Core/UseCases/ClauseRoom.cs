using Mandates.Core.Law;
using Mandates.Core.Rules;

namespace Mandates.Core.UseCases;

/// <summary>
/// What an exception clause a request relies on leaves: the headroom is the ceiling's, but above it the
/// clause lets up to <see cref="Persons"/> more serve (the headroom plus the clause's extra persons), for at
/// most <see cref="MaxDays"/> consecutive days.
/// </summary>
/// <param name="Kind">The clause relied on.</param>
/// <param name="Persons">How many more may serve on every day asked about, under the ceiling and the clause
/// together.</param>
/// <param name="MaxDays">The most consecutive days the clause lets the ceiling be exceeded.</param>
public sealed record ClauseRoom(CeilingExceptionKind Kind, int Persons, int MaxDays)
{
    /// <summary>
    /// The room the clause <paramref name="kind"/> leaves on the decision's days, or null: no clause relied on,
    /// a day nobody may serve, or a governing mandate without that clause (the decision says which).
    /// </summary>
    public static ClauseRoom? Of(LegalRecord record, Decision decision, CeilingExceptionKind? kind)
    {
        if (kind is not { } relied || decision.LetsNobodyServe || decision.Mandates.Count == 0) return null;
        var clauses = decision.Mandates.Select(m => record.FindMandate(m.Value)?.FindException(relied)).ToList();
        if (clauses.Any(c => c is null)) return null;
        // Where mandates with different clauses govern the days, the smallest bounds hold on all of them.
        return new ClauseRoom(relied, Math.Max(0, decision.Headroom + clauses.Min(c => c!.ExtraPersons)),
            clauses.Min(c => c!.MaxDays));
    }
}
