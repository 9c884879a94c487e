using Mandates.Core.Law;
using Mandates.Core.Rules;

namespace Mandates.Core.UseCases;

/// <summary>
/// What an exception clause a request relies on leaves: the headroom is the ceiling's, but above it the
/// clause lets up to <see cref="Persons"/> more serve (the headroom plus the clause's extra persons), for at
/// most <see cref="Days"/> consecutive days from the first day asked about.
/// </summary>
/// <param name="Kind">The clause relied on.</param>
/// <param name="Persons">How many more may serve on every day asked about, under ceiling and clause together.</param>
/// <param name="Days">
/// How many consecutive days from the first day asked about the ceiling may still be exceeded: the clause's
/// days, less those over the ceiling in a row just before (a run the clause counts as one).
/// </param>
/// <param name="MaxDays">The clause's own bound on consecutive days.</param>
public sealed record ClauseRoom(CeilingExceptionKind Kind, int Persons, int Days, int MaxDays)
{
    /// <summary>
    /// The room the clause <paramref name="kind"/> leaves on the decision's days, or null: no clause relied on,
    /// a day nobody may serve, or a governing mandate without that clause (the decision says which).
    /// </summary>
    public static ClauseRoom? Of(Operation operation, Decision decision, CeilingExceptionKind? kind, IStrength strength)
    {
        if (kind is not { } relied || decision.LetsNobodyServe || decision.Mandates.Count == 0
            || decision.Headroom is not { } headroom) return null;
        var clauses = decision.Mandates
            .Select(m => operation.Mandates.FirstOrDefault(x => x.Id == m)?.FindException(relied)).ToList();
        if (clauses.Any(c => c is null)) return null;
        // Where mandates with different clauses govern the days, the smallest bounds hold on all of them.
        var maxDays = clauses.Min(c => c!.MaxDays);
        var used = 0;
        for (var day = decision.Period.Start.PlusDays(-1); used < maxDays; day = day.PlusDays(-1), used++)
            if (Chain.CeilingOn(operation, day) is not { } ceiling || strength.On(day) <= ceiling)
                break;
        return new ClauseRoom(relied, Math.Max(0, headroom + clauses.Min(c => c!.ExtraPersons)),
            maxDays - used, maxDays);
    }
}
