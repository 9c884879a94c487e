using Mandates.Core.Ledger;
using Mandates.Core.Law;
using Mandates.Core.Problems;
using NodaTime;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.UseCases;

/// <summary>A demand for a plenary debate on a simplified motion (§ 4(1) ParlBG).</summary>
/// <param name="Mandate">The mandate the motion puts, by its id (any case).</param>
/// <param name="Date">The day the debate was demanded.</param>
/// <param name="By">Who demanded it: a parliamentary group, or 5 % of the members.</param>
/// <param name="Source">The document this fact comes from: a link or a citation.</param>
public sealed record RecordObjectionRequest(string Mandate, LocalDate Date, string By, string Source)
{
    /// <summary>The client's idempotency key for this request, if it named one (see <see
    /// cref="RecordKey"/>).</summary>
    public RecordKey? Key { get; init; }
}

/// <summary>
/// Records a demand for debate. One demand sends the motion to the plenary; one made after its period is
/// recorded as made, and the result's note says it does not stop the consent deemed given.
/// </summary>
public static class RecordObjection
{
    public static RecordResult Run(Session session, RecordObjectionRequest request)
    {
        var objection = new Objection(RecordDecision.Decided(session, "date", request.Date), request.By)
        {
            Provenance = new Provenance(request.Source),
        };
        return RecordDecision.Apply(session, "objection", record =>
        {
            var m = Input.Mandate(record, "mandate", request.Mandate);
            // One demand is enough to send a simplified motion to the plenary; a second would silently rewrite
            // the first.
            if (m.Objection is { } earlier)
                throw new ProblemException(Saying("mandate", request.Mandate, Join(
                    $"{m.Name} already has a demand for debate ({Days.Format(earlier.Date)}, by {earlier.By}); ",
                    $"one demand sends the motion to the plenary.")));
            var changed = RecordDecision.Lawful(m with { Objection = objection },
                new() { ["objection"] = "mandate", ["objection.date"] = "date" });
            // Recorded as made, but said aloud when it came too late to matter.
            var late = !changed.HasTimelyObjection && changed.ObjectionPeriodEnds is { } ended
                ? $"made after the period for it ended on {Days.Format(ended)}, so under § 4(1) ParlBG it does not "
                    + "stop the consent deemed given"
                    + (changed.ConsentBegins is { } b ? $" from {Days.Format(b)}" : "")
                : null;
            return new DecisionChange(RecordChanges.WithMandate(record, m.Id, _ => changed),
                $"demand for debate on {m.Id}", late);
        }, request.Key);
    }
}
