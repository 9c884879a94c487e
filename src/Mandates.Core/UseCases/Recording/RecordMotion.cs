using Mandates.Core.Ledger;
using Mandates.Core.Law;
using Mandates.Core.Problems;
using NodaTime;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.UseCases;

/// <summary>
/// A new government motion for an operation: a new mandate with the terms of the one last consented to.
/// </summary>
/// <param name="Operation">The operation's id as given (any case).</param>
/// <param name="Mandate">The new mandate's id, e.g. KFOR-2026.</param>
/// <param name="Document">The motion's printed paper, e.g. Drucksache 21/999.</param>
/// <param name="Source">The document these facts come from: a link or a citation.</param>
public sealed record RecordMotionRequest(string Operation, MandateId Mandate, string Document, string Source)
{
    /// <summary>The client's idempotency key for this request, if it named one (see <see
    /// cref="RecordKey"/>).</summary>
    public RecordKey? Key { get; init; }

    /// <summary>Regular, simplified (§ 4 ParlBG) or subsequent approval (§ 5 ParlBG).</summary>
    public Procedure Procedure { get; init; } = Procedure.Regular;

    /// <summary>The motion extends the previous mandate (§ 7 ParlBG).</summary>
    public bool Extension { get; init; }

    /// <summary>The day the motion was distributed: the 7 days for a demand for debate (§ 4) count from it.</summary>
    public LocalDate? Distributed { get; init; }

    /// <summary>
    /// The first day it authorises (subsequent approval: the day the deployment began, a fact up to today).
    /// </summary>
    public LocalDate? Start { get; init; }

    /// <summary>The last day it authorises; null for none stated (see <see cref="OpenEnded"/>).</summary>
    public LocalDate? End { get; init; }

    /// <summary>
    /// The motion states no last day (open-ended). Without it and without <see cref="End"/>, the motion
    /// takes over the end of the mandate last consented to, which must be open.
    /// </summary>
    public bool OpenEnded { get; init; }

    /// <summary>The ceiling the motion states; null for that of the mandate last consented to.</summary>
    public Ceiling? Ceiling { get; init; }
}

/// <summary>
/// Records a new motion: a new mandate of the operation taking over the terms last consented to
/// (<see cref="MotionTerms"/>), with the motion's own printed paper, procedure, days and ceiling. Other
/// terms are changed in the record file (export, edit, import).
/// </summary>
public static class RecordMotion
{
    public static RecordResult Run(Session session, RecordMotionRequest request)
    {
        // Every value is checked before the store is opened (and, on first use, filled): bad input writes nothing.
        if (request.Distributed is { } distributed) RecordDecision.Decided(session, "distributed", distributed);
        // Under § 5 the start is the day the deployment began: a fact, so no later than today.
        if (request is { Procedure: Procedure.SubsequentApproval, Start: { } began })
            RecordDecision.Decided(session, "start", began);
        if (request is { OpenEnded: true, End: { } end })
            throw new ProblemException(Saying("end", Days.Format(end), Join($"a motion states a last day or none; ",
                $"expected a day, or no {Named("end")} for an open-ended motion.")));
        var today = session.Caller.Today;
        return RecordDecision.Apply(session, "motion", record =>
        {
            var op = Input.Operation(record, request.Operation);
            var id = request.Mandate;
            if (record.FindMandate(id.Value) is { } taken)
                throw new ProblemException(Saying("mandate", id.Value, Join(
                    $"'{id}' is already a mandate in the record ({taken.Name}); expected a new id for a new motion, ",
                    $"e.g. {op.Id}-{today.Year + 1}.")));
            // A printed paper is one motion: the same number twice is a typo, or the same motion recorded again.
            if (record.Mandates.FirstOrDefault(m => SamePaper(m.Document, request.Document)) is { } same)
                throw new ProblemException(Saying("document", request.Document, Join(
                    $"'{Shown(request.Document)}' is already the printed paper of {same.Name}; ",
                    $"a Drucksache is one motion: expected the new motion's own number, e.g. Drucksache 21/999.")));
            var previous = MotionTerms.Previous(op);
            // An end is part of what a motion states (§ 3(2) ParlBG, the planned duration). Taking over a
            // time-limited mandate's end would give a motion decided after it nothing to authorise.
            if (request is { End: null, OpenEnded: false } && previous.End is { } previousEnd)
                throw new ProblemException(Saying("end", null, Join(
                    $"missing: {previous.Name} authorises no later than {Days.Format(previousEnd.Date)}, ",
                    $"and a new motion states its own duration (§ 3(2) ParlBG); expected the new mandate's last day, ",
                    $"e.g. {Named("end")} {Days.Format(previousEnd.Date.PlusYears(1))}, or {Named("end")} open.")));
            var fresh = RecordDecision.Lawful(MotionTerms.TakenOver(previous, request),
                new() { ["motion.distributed"] = "distributed", ["start"] = "start", ["end"] = "end" });
            return new DecisionChange(RecordChanges.WithNewMandate(record, op.Id, fresh), $"motion {fresh.Name}");
        }, request.Key);
    }

    private static bool SamePaper(string? recorded, string given) =>
        recorded is { } other && string.Equals(other.Trim(), given.Trim(), StringComparison.OrdinalIgnoreCase);
}
