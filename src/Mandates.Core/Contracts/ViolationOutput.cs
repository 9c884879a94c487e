using Mandates.Core.Law;
using Mandates.Core.Ledger;

namespace Mandates.Core.Contracts;

/// <summary>
/// A stretch of days on which recorded tours broke the law: in <c>audit</c>'s output, and in the tours a
/// decision or an import leaves breaking it (<c>toursNowBreakTheLaw</c>).
/// </summary>
/// <param name="From">The first day broken.</param>
/// <param name="To">The last day broken; null while an open tour serves on (it breaks the law onwards).</param>
/// <param name="Rule">The rule's stable id (ceiling, not-revoked, task, one-tour-at-a-time, …).</param>
/// <param name="MaxStrength">
/// For a rule about the whole operation (consent, legal acts, end date, revocation, ceiling): the most that
/// served on those days, how far a ceiling was broken. Null for a rule one tour broke (a task, an area, a
/// person on two tours at once), whose cause names the tours.
/// </param>
/// <param name="Cause">The sentence that says why, with the tours' ledger positions.</param>
public sealed record ViolationOutput(string Operation, string From, string? To, string Rule, int? MaxStrength,
    string Cause)
{
    public static ViolationOutput Of(Violation v, LedgerState? state) => new(v.Operation.Value,
        Days.Format(v.Days.Start), RunsOn(v) ? null : Days.Format(v.Days.End), v.Rule,
        state is not null && v.Tour is null ? state.StrengthOf(v.Operation).MaxOver(v.Days) : null, CauseOf(v));

    /// <summary>
    /// Whether the violation lasts as long as an open tour serves: it runs to the last day the ledger counts,
    /// which is no last day of the tour's.
    /// </summary>
    public static bool RunsOn(Violation v) => v.Days.End == StrengthIndex.LastDay;

    /// <summary>A violation's cause as shown: one that runs on says so, not the ledger's last counted day.</summary>
    public static string CauseOf(Violation v) =>
        RunsOn(v) ? v.CauseWithOpenEnd : v.Cause;
}
