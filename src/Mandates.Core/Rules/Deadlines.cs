using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Rules;

/// <summary>A day by which something happens to an operation's authorisation, and why.</summary>
/// <param name="Date">The day it falls due (for a note on one past, the day it fell due).</param>
/// <param name="What">The sentence that says it, with the values it comes from.</param>
/// <param name="IsLegalLimit">Whether the law sets it; false for a government undertaking.</param>
/// <param name="Kind">What kind of deadline it is, one of <see cref="DeadlineKinds"/>.</param>
/// <param name="Mandate">The mandate it belongs to (that ends, begins, is revoked or awaits a decision).</param>
/// <param name="Basis">What sets it: a provision of the ParlBG, a legal act, the mandate, an undertaking.</param>
/// <param name="Awaits">The decision that would answer it before it falls due; null where none can.</param>
public sealed record Deadline(LocalDate Date, string What, bool IsLegalLimit, string Kind, MandateId Mandate,
    string Basis, string? Awaits);

/// <summary>
/// What falls due for an operation after a given day: end dates, lapsing legal acts, § 4 and § 7(2) clocks,
/// promised resubmissions.
/// </summary>
public static class Deadlines
{
    /// <summary>
    /// Every deadline on or after <paramref name="day"/>, earliest first; an overdue resubmission is included so
    /// it is not forgotten. The governing mandate's own limits count only while it is current: once it has
    /// ended, its end, its legal acts and its resubmission are no longer the operation's (<see cref="Standing"/>).
    /// </summary>
    public static IReadOnlyList<Deadline> From(LegalRecord record, Operation operation, LocalDate day)
    {
        var found = new List<Deadline>();
        if (Standing.Of(record, operation, day) is { Phase: Phase.Current, Governing: { } governing })
            Governing(record, operation, governing, day, found);
        foreach (var mandate in operation.Mandates)
        {
            if (mandate.Procedure == Procedure.Simplified && mandate.Vote is null &&
                mandate.ObjectionPeriodEnds is { } last && last >= day && !mandate.HasTimelyObjection)
                found.Add(new Deadline(last,
                    $"last day a debate on {mandate.Name} may be demanded (§ 4(1) ParlBG); " +
                    "consent is deemed given the day after",
                    true, DeadlineKinds.ObjectionPeriodEnds, mandate.Id, "§ 4(1) ParlBG",
                    $"a demand for a plenary debate on {mandate.Name}; without one, consent is deemed given"));
            // Adopted, with consent from a later day: the law changes then (its ceiling, tasks, area).
            if (mandate.ConsentGivenBy(day) && mandate.ConsentBegins is { } begins && begins > day)
            {
                var how = mandate.Vote is { } adopted ? $"adopted on {Days.Format(adopted.Date)}"
                    : $"deemed given (no debate demanded by {Days.Format(mandate.ObjectionPeriodEnds!.Value)})";
                var basis = mandate.Vote is null ? "§ 4(1) ParlBG" : "§ 1(2) ParlBG";
                found.Add(new Deadline(begins,
                    $"consent to {mandate.Name}, {how}, begins: it governs {operation.Id} from this day",
                    true, DeadlineKinds.ConsentBegins, mandate.Id, basis, null));
            }
            if (mandate.Revocation is { } revocation && revocation.Effective >= day)
                found.Add(new Deadline(revocation.Effective, $"revocation of {mandate.Name} takes effect (§ 8 ParlBG)",
                    true, DeadlineKinds.RevocationTakesEffect, mandate.Id, "§ 8 ParlBG", null));
        }
        return found.OrderBy(d => d.Date).ToList();
    }

    /// <summary>
    /// The limits of the mandate governing the day: its end, its legal acts, a pending extension's § 7(2) clock,
    /// a promised resubmission.
    /// </summary>
    private static void Governing(LegalRecord record, Operation operation, Mandate governing, LocalDate day,
        List<Deadline> found)
    {
        // What the Bundestag is asked next: the first later motion put and not decided yet.
        var later = Chain.LaterMotions(operation, governing, day);
        bool Decided(Mandate m) => m.Vote is { } v && v.Date <= day || m.ConsentGivenBy(day);
        var awaiting = later.FirstOrDefault(m => !Decided(m));
        var next = awaiting is null ? $"the Bundestag's consent to a further motion for {operation.Id}"
            : $"the Bundestag's decision on {awaiting.Name}";
        if (governing.End is { } end && end.Date >= day)
            found.Add(new Deadline(end.Date, $"{governing.Name} authorises no later than this day", true,
                DeadlineKinds.MandateEnds, governing.Id, $"{governing.Name}, its end (§ 3(2) ParlBG)", next));
        foreach (var id in governing.Requires)
        {
            var act = record.Act(id);
            if (act.LastDayInForceFrom(day) is { } last)
                found.Add(new Deadline(last,
                    $"last day {act.Short} is in force; {governing.Id} lasts only as long as it",
                    true, DeadlineKinds.LegalActEnds, governing.Id, act.Short, $"an extension of {act.Short}"));
        }
        if (Chain.PendingExtension(operation, governing, day) is { } pending &&
            Chain.ExtensionCountsAsApprovedUntil(pending, governing, record.Calendar) is { } until && until >= day)
            found.Add(new Deadline(until,
                $"last day the deployment counts as approved while {pending.Name} is pending (§ 7(2) ParlBG)", true,
                DeadlineKinds.ExtensionCountsAsApproved, pending.Id, "§ 7(2) ParlBG",
                $"the Bundestag's decision on {pending.Name}"));
        if (operation.Resubmission is { } r && governing.Vote is { } vote)
            Resubmission(r, governing, vote, later, awaiting, day, found);
    }

    /// <summary>The government's undertaking to resubmit the mandate: due, overdue, put, or rejected.</summary>
    private static void Resubmission(Resubmission r, Mandate governing, PlenaryVote vote, IReadOnlyList<Mandate> later,
        Mandate? awaiting, LocalDate day, List<Deadline> found)
    {
        var due = vote.Date.PlusMonths(r.Months);
        var basis = $"government undertaking of {Days.Format(r.Undertaken)}";
        var undertaking = $"{basis}, not a legal limit";
        var after = $"{r.Months} months after the vote of {Days.Format(vote.Date)}";
        var motion = $"the government's motion to resubmit {governing.Name}";
        // Once the next motion is put, the undertaking is kept, whatever the Bundestag makes of it.
        if (later.Count == 0)
            found.Add(due >= day
                ? new Deadline(due, $"resubmission due {after} ({undertaking})", false,
                    DeadlineKinds.ResubmissionDue, governing.Id, basis, motion)
                : new Deadline(due, $"resubmission was due {after} and is overdue in this record ({undertaking})",
                    false, DeadlineKinds.ResubmissionOverdue, governing.Id, basis, motion));
        else if (awaiting is not null)
            found.Add(new Deadline(due,
                $"resubmission due {after}: put as {awaiting.Name}, which awaits the Bundestag's decision " +
                $"({undertaking})", false, DeadlineKinds.ResubmissionPut, awaiting.Id, basis,
                $"the Bundestag's decision on {awaiting.Name}"));
        // Adopted: it replaces the governing mandate when its consent begins. Every one rejected: the governing
        // one stands.
        else if (later.All(m => m.Vote is { Result: VoteResult.Rejected }) && later[^1].Vote is { } rejection)
            found.Add(new Deadline(rejection.Date,
                $"the Bundestag rejected the resubmission, {later[^1].Name}; {governing.Name} stays in force " +
                $"({undertaking})",
                false, DeadlineKinds.ResubmissionRejected, later[^1].Id, basis, null));
    }
}
