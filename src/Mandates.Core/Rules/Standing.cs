using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Rules;

/// <summary>
/// Where an operation stands on a day: its consent not begun yet, a mandate governing, or its authorisation over.
/// </summary>
public enum Phase
{
    /// <summary>No consent of the operation has begun by the day.</summary>
    NotYetBegun,

    /// <summary>
    /// A mandate governs the day and its own time has not run out (it may still bar a request for other reasons).
    /// </summary>
    Current,

    /// <summary>The latest mandate to govern has run out: past its end, revoked, or its legal basis lapsed.</summary>
    Ended,
}

/// <summary>
/// An operation's standing on a day: which mandate governs, and whether its authorisation has not begun, holds,
/// or has ended (and on which day it last held). A ceiling or a deadline of an ended mandate is no longer
/// the operation's, so a reader must not show them as if current.
/// </summary>
/// <param name="Governing">The latest mandate whose consent began by the day, if any.</param>
/// <param name="EndedOn">The last day the authorisation held, where it has ended.</param>
/// <param name="FirstConsent">Where none has begun: the first day a consent the record holds begins, if any.</param>
public sealed record Standing(Phase Phase, Mandate? Governing, LocalDate? EndedOn, LocalDate? FirstConsent)
{
    public static Standing Of(LegalRecord record, Operation operation, LocalDate day)
    {
        var governing = Chain.Representative(operation, day);
        if (governing is null)
        {
            // § 5(3): a rejected subsequent approval ends a deployment that had begun: over, not to come.
            if (Chain.RejectedSubsequentApproval(operation, day) is { Vote: { } rejection })
                return new Standing(Phase.Ended, null, rejection.Date, null);
            var first = operation.Mandates.Select(m => m.ConsentBegins).OfType<LocalDate>().Where(d => d > day)
                .Order().Cast<LocalDate?>().FirstOrDefault();
            return new Standing(Phase.NotYetBegun, null, null, first);
        }
        return LastDay(record, operation, governing, day) is { } last && last < day
            ? new Standing(Phase.Ended, governing, last, null)
            : new Standing(Phase.Current, governing, null, null);
    }

    /// <summary>
    /// The last day the governing mandate can authorise, by its own terms: its end (or, while an extension is
    /// pending, the day § 7(2) ParlBG counts it approved through), the day before a revocation takes effect,
    /// and the last day of a legal act it lasts as long as. Null where none of these limits it.
    /// </summary>
    private static LocalDate? LastDay(LegalRecord record, Operation operation, Mandate mandate, LocalDate day)
    {
        var limits = new List<LocalDate>();
        if (mandate.End is { } end)
        {
            var last = end.Date;
            if (end.Date < day && Chain.PendingExtension(operation, mandate, day) is { } pending &&
                Chain.ExtensionCountsAsApprovedUntil(pending, mandate, record.Calendar) is { } until)
                last = until;
            limits.Add(last);
        }
        if (mandate.Revocation is { } revocation) limits.Add(revocation.Effective.PlusDays(-1));
        if (mandate.ConsentBegins is { } begins)
            foreach (var id in mandate.Requires)
                if (record.Act(id).PeriodReaching(begins) is { } period && period.End < LocalDate.MaxIsoValue)
                    limits.Add(period.End);
        return limits.Count == 0 ? null : limits.Min();
    }
}
