using Mandates.Core.Law;
using Mandates.Core.Ledger;

namespace Mandates.Core.Contracts;

/// <summary>A stretch of days on which recorded tours break the law (see <see cref="Violation"/>).</summary>
/// <param name="From">The first day broken.</param>
/// <param name="To">The last day broken; null while an open tour serves on (it runs on with the tour).</param>
/// <param name="Rule">
/// The rule's stable id (consent, legal-acts, end-date, not-revoked, ceiling, task, area, …).
/// </param>
/// <param name="MaxStrength">
/// For a rule about the whole operation (consent, legal acts, end date, revocation, ceiling): the most that
/// served on those days, i.e. how far a ceiling was broken. Null for a rule one tour breaks (task, area, a person).
/// </param>
/// <param name="Cause">The sentence that says why.</param>
public sealed record ViolationOutput(string Operation, string From, string? To, string Rule, int? MaxStrength,
    string Cause)
{
    public static ViolationOutput Of(Violation v, LedgerState ledger)
    {
        // A violation that runs to the last day the ledger counts lasts as long as an open tour serves: it has
        // no last day of its own.
        var runsOn = v.Days.End == StrengthIndex.LastDay;
        return new(v.Operation.Value, Days.Format(v.Days.Start), runsOn ? null : Days.Format(v.Days.End), v.Rule,
            v.Tour is null ? ledger.StrengthOf(v.Operation).MaxOver(v.Days) : null,
            runsOn ? v.Cause.Replace($" to {Days.Format(StrengthIndex.LastDay)}", " onwards") : v.Cause);
    }
}
