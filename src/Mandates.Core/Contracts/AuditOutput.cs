using Mandates.Core.UseCases;
using NodaTime.Text;

namespace Mandates.Core.Contracts;

/// <summary><c>audit</c>'s answer: every violation of the law among the tours recorded.</summary>
/// <param name="SchemaVersion">See <see cref="Contract.SchemaVersion"/>.</param>
/// <param name="Entries">How many ledger entries the audit read.</param>
/// <param name="AsRecordedAt">The instant whose ledger and law were audited; null for both as known now.</param>
/// <param name="OperationInRecord">
/// Asked about one operation: whether the law audited held it (one it did not hold yet has no tours to
/// break it). Null when every operation was audited.
/// </param>
/// <param name="Violations">Every violation found, none if the tours keep the law.</param>
/// <param name="WithoutConsent">
/// Every deployment the record holds as made without the Bundestag's consent and never approved (of the operation
/// asked about, or of all), oldest first: facts of the record, not tours, and not counted as violations.
/// </param>
public sealed record AuditOutput(int SchemaVersion, long Entries, string? AsRecordedAt, bool? OperationInRecord,
    IReadOnlyList<ViolationOutput> Violations, IReadOnlyList<WithoutConsentOutput> WithoutConsent)
{
    /// <summary>The contract of an audit's answer.</summary>
    public static AuditOutput Of(AuditResult audit) => new AuditOutput(Contract.SchemaVersion, audit.State.Head,
        audit.AsRecordedAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null, audit.OperationInRecord,
        [.. audit.Violations.Select(v => ViolationOutput.Of(v, audit.State))],
        [.. audit.WithoutConsent.Select(w => WithoutConsentOutput.Of(w.Operation, w.Deployment))])
        .WithUsers(audit.State);

    /// <summary>
    /// Every change of who may write (users added, changed, revoked) in the ledger audited, oldest first.
    /// </summary>
    public IReadOnlyList<UserChangeOutput> UserChanges { get; init; } = [];

    /// <summary>Every entry recorded by someone the store's users did not allow then, oldest first.</summary>
    public IReadOnlyList<UnpermittedWriteOutput> UnpermittedWrites { get; init; } = [];

    /// <summary>The audit's answer about users, added to the violations' (whichever operation was audited).</summary>
    public AuditOutput WithUsers(Ledger.LedgerState state) => this with
    {
        UserChanges = [.. state.Users.Changes.Select(UserChangeOutput.Of)],
        UnpermittedWrites = [.. state.Unpermitted.Select(UnpermittedWriteOutput.Of)],
    };
}
