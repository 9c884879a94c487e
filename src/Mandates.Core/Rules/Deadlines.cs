using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Rules;

/// <summary>A day by which something happens to an operation's authorisation, and why.</summary>
public sealed record Deadline(LocalDate Date, string What, bool IsLegalLimit);

/// <summary>What falls due for an operation after a given day: end dates, lapsing legal acts, § 4 and § 7(2) clocks, promised resubmissions.</summary>
public static class Deadlines
{
    /// <summary>Every deadline on or after <paramref name="day"/>, earliest first; an overdue resubmission is included so it is not forgotten.</summary>
    public static IReadOnlyList<Deadline> From(LegalRecord record, Operation operation, LocalDate day)
    {
        var found = new List<Deadline>();
        var governing = Chain.Governing(operation, day);
        if (governing is not null)
        {
            if (governing.End is { } end && end.Date >= day)
                found.Add(new Deadline(end.Date, $"{governing.Name} authorises no later than this day", true));
            foreach (var id in governing.Requires)
            {
                var act = record.Act(id);
                if (act.LastDayInForceFrom(day) is { } last)
                    found.Add(new Deadline(last, $"last day {act.Short} is in force; {governing.Id} lasts only as long as it", true));
            }
            if (Chain.PendingExtension(operation, governing, day) is { } pending &&
                Chain.ExtensionCountsAsApprovedUntil(pending, governing, record.Calendar) is { } until && until >= day)
                found.Add(new Deadline(until, $"last day the deployment counts as approved while {pending.Name} is pending (§ 7(2) ParlBG)", true));
            if (operation.Resubmission is { } r && governing.Vote is { } vote)
            {
                var due = vote.Date.PlusMonths(r.Months);
                var undertaking = $"government undertaking of {Days.Format(r.Undertaken)}, not a legal limit";
                // Once the next motion is put, the undertaking is kept, whatever the Bundestag makes of it.
                var later = Chain.LaterMotions(operation, governing, day);
                bool Decided(Mandate m) => m.Vote is { } v && v.Date <= day || m.ConsentGivenBy(day);
                if (later.Count == 0)
                    found.Add(new Deadline(due, due >= day
                        ? $"resubmission due {r.Months} months after the vote of {Days.Format(vote.Date)} ({undertaking})"
                        : $"resubmission was due {r.Months} months after the vote of {Days.Format(vote.Date)} and is overdue in this record ({undertaking})", false));
                else if (later.FirstOrDefault(m => !Decided(m)) is { } awaiting)
                    found.Add(new Deadline(due, $"resubmission due {r.Months} months after the vote of {Days.Format(vote.Date)}: put as {awaiting.Name}, which awaits the Bundestag's decision ({undertaking})", false));
                // Adopted: it replaces the governing mandate when its consent begins. Every one rejected: the governing one stands.
                else if (later.All(m => m.Vote is { Result: VoteResult.Rejected }) && later[^1].Vote is { } rejection)
                    found.Add(new Deadline(rejection.Date, $"the Bundestag rejected the resubmission, {later[^1].Name}; {governing.Name} stays in force ({undertaking})", false));
            }
        }
        foreach (var mandate in operation.Mandates)
        {
            if (mandate.Procedure == Procedure.Simplified && mandate.Vote is null && mandate.ObjectionPeriodEnds is { } last && last >= day && !mandate.HasTimelyObjection)
                found.Add(new Deadline(last, $"last day a debate on {mandate.Name} may be demanded (§ 4(1) ParlBG); consent is deemed given the day after", true));
            // Adopted, with consent from a later day: the law changes then (its ceiling, tasks, area).
            if (mandate.ConsentGivenBy(day) && mandate.ConsentBegins is { } begins && begins > day)
                found.Add(new Deadline(begins, $"consent to {mandate.Name}, {(mandate.Vote is { } adopted ? $"adopted on {Days.Format(adopted.Date)}" : $"deemed given (no debate demanded by {Days.Format(mandate.ObjectionPeriodEnds!.Value)})")}, begins: it governs {operation.Id} from this day", true));
            if (mandate.Revocation is { } revocation && revocation.Effective >= day)
                found.Add(new Deadline(revocation.Effective, $"revocation of {mandate.Name} takes effect (§ 8 ParlBG)", true));
        }
        return found.OrderBy(d => d.Date).ToList();
    }
}
