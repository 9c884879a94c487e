using Mandates.Core.Ledger;
using Mandates.Core.Law;
using Mandates.Core.Problems;
using NodaTime;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.UseCases;

/// <summary>The Bundestag withdraws its consent (§ 8 ParlBG).</summary>
/// <param name="Mandate">The mandate whose consent is withdrawn, by its id (any case).</param>
/// <param name="Date">The day the Bundestag decided.</param>
/// <param name="Source">The document this fact comes from: a link or a citation.</param>
/// <param name="Effective">The day it takes effect; null for the day decided.</param>
/// <param name="Document">The printed paper of the decision, if any.</param>
public sealed record RecordRevocationRequest(string Mandate, LocalDate Date, string Source,
    LocalDate? Effective = null, string? Document = null)
{
    /// <summary>The client's idempotency key for this request, if it named one (see <see
    /// cref="RecordKey"/>).</summary>
    public RecordKey? Key { get; init; }
}

/// <summary>Records a revocation: only the consent in force (the governing mandate's) is withdrawn, once.</summary>
public static class RecordRevocation
{
    public static RecordResult Run(Session session, RecordRevocationRequest request)
    {
        var day = RecordDecision.Decided(session, "date", request.Date);
        var takesEffect = request.Effective ?? day;
        if (takesEffect < day)
            throw new ProblemException(Saying("effective", Days.Format(takesEffect),
                Join($"'{Days.Format(takesEffect)}' is before {Named("date")} ({Days.Format(day)}); ",
                    $"expected a day on or after it.")));
        var revocation = new Revocation(day, takesEffect)
        {
            EffectiveStated = request.Effective is not null,
            Document = request.Document,
            Provenance = new Provenance(request.Source),
        };
        return RecordDecision.Apply(session, "revocation", record =>
        {
            var m = Input.Mandate(record, "mandate", request.Mandate);
            // Only the consent in force can be withdrawn: a mandate another has replaced by then governs nothing
            // to revoke.
            var op = record.Operations.First(o => o.Mandates.Contains(m));
            if (Rules.Chain.Governing(op, takesEffect) is { } governing && governing != m
                && m.ConsentBegins is { } began && began <= takesEffect)
                throw new ProblemException(Saying("mandate", request.Mandate, Join(
                    $"{m.Name} no longer governs {op.Id} on {Days.Format(takesEffect)}: ",
                    $"{governing.Name} replaced it on {Days.Format(governing.ConsentBegins)}; ",
                    $"a revocation withdraws the consent in force: ",
                    $"expected {Named("mandate")} {governing.Id}.")));
            // Consent is withdrawn once; a second revocation would silently rewrite the first.
            if (m.Revocation is { } earlier)
                throw new ProblemException(Saying("mandate", request.Mandate, Join(
                    $"{m.Name} is already revoked (decided {Days.Format(earlier.Decided)}",
                    $"{(earlier.Document is null ? "" : ", " + earlier.Document)}); ",
                    $"the Bundestag withdraws its consent once.")));
            var changed = RecordDecision.Lawful(m with { Revocation = revocation },
                new() { ["revocation.decided"] = "date", ["revocation"] = "mandate" });
            return new DecisionChange(RecordChanges.WithMandate(record, m.Id, _ => changed), $"revocation of {m.Id}");
        }, request.Key);
    }
}
