using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"Does every day of every tour recorded keep the law?"</summary>
/// <param name="Operation">One operation's id as given (any case); null for every operation.</param>
/// <param name="AsRecordedAt">
/// Audit the tours and the law as the ledger held them at this instant; null for both as known now.
/// </param>
public sealed record AuditRequest(string? Operation = null, Instant? AsRecordedAt = null);

/// <summary>The audit's answer.</summary>
/// <param name="Violations">Every violation found; none if the tours keep the law.</param>
/// <param name="State">The ledger audited (its strength says how many served on an operation's broken days).</param>
/// <param name="Operation">The one operation audited, or null for every one.</param>
/// <param name="OperationInRecord">Whether the law audited held that operation; null when all were audited.</param>
/// <param name="AsRecordedAt">The instant audited, or null for the ledger as known now.</param>
public sealed record AuditResult(IReadOnlyList<Violation> Violations, LedgerState State, OperationId? Operation,
    bool? OperationInRecord, Instant? AsRecordedAt)
{
    /// <summary>
    /// The deployments the law audited records as made without consent (of the operation asked about, or of all),
    /// oldest first: a finding of their own kind, since no tour of the ledger stands for them.
    /// </summary>
    public IReadOnlyList<(Operation Operation, DeploymentWithoutConsent Deployment)> WithoutConsent { get; init; } = [];
}

/// <summary>
/// Re-checks all of history against the law (docs/architecture.md): every day some tour covers, every tour's task and
/// area, nobody on two tours at once; against the law as known now, or both as recorded at an instant.
/// </summary>
public static class AuditLedger
{
    public static AuditResult Run(Session session, AuditRequest request)
    {
        var instant = request.AsRecordedAt is { } at ? session.AsRecordedAt(at, "asRecordedAt") : (Instant?)null;
        var only = request.Operation is { } o ? Input.Operation(session.Law.Record(), o).Id : (OperationId?)null;
        // What was known then, if asked: the tours and the law as the ledger held them at the instant.
        var (state, law) = session.Known(instant);
        var violations = session.Store.Progress.Run($"Auditing {state.Head:N0} entries",
            progress => Audit.Run(law, state, only, progress));
        // Asked about an operation the law did not hold yet: nothing of it can have been broken, and the host says why.
        bool? inRecord = only is { } op ? law.Record.FindOperation(op.Value) is not null : null;
        var withoutConsent = law.Record.Operations
            .Where(o => only is null || o.Id.Value.Equals(only.Value.Value, StringComparison.OrdinalIgnoreCase))
            .SelectMany(o => o.DeploymentsWithoutConsent.Select(d => (o, d)))
            .OrderBy(x => x.d.From).ToList();
        return new AuditResult(violations, state, only, inRecord, instant) { WithoutConsent = withoutConsent };
    }
}
