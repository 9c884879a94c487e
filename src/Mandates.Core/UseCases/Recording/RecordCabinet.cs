using Mandates.Core.Ledger;
using Mandates.Core.Law;
using Mandates.Core.Problems;
using NodaTime;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.UseCases;

/// <summary>The cabinet's decision on a motion.</summary>
/// <param name="Mandate">The mandate the motion puts, by its id (any case).</param>
/// <param name="Date">The day the cabinet decided.</param>
/// <param name="Source">The document this fact comes from: a link or a citation.</param>
public sealed record RecordCabinetRequest(string Mandate, LocalDate Date, string Source)
{
    /// <summary>The client's idempotency key for this request, if it named one (see <see
    /// cref="RecordKey"/>).</summary>
    public RecordKey? Key { get; init; }
}

/// <summary>Records the cabinet's decision on a motion; the cabinet decides a motion once.</summary>
public static class RecordCabinet
{
    public static RecordResult Run(Session session, RecordCabinetRequest request)
    {
        var day = RecordDecision.Decided(session, "date", request.Date);
        var fact = new DatedFact(day, new Provenance(request.Source));
        return RecordDecision.Apply(session, "cabinet", record =>
        {
            var m = Input.Mandate(record, "mandate", request.Mandate);
            // The cabinet decides a motion once; a second decision would silently rewrite the first.
            if (m.Cabinet is { } earlier)
                throw new ProblemException(Saying("mandate", request.Mandate, Join(
                    $"{m.Name} already has a cabinet decision ({Days.Format(earlier.Date)}); the cabinet decides a ",
                    $"motion once. To correct it, edit the record file and import it.")));
            var changed = RecordDecision.Lawful(m with { Cabinet = fact }, new() { ["cabinet"] = "date" });
            return new DecisionChange(RecordChanges.WithMandate(record, m.Id, _ => changed),
                $"cabinet decision on {m.Id}");
        }, request.Key);
    }
}
