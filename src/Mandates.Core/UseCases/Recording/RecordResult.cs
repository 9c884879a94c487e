using Mandates.Core.Ledger;

namespace Mandates.Core.UseCases;

/// <summary>What recording a decision wrote, and what it means for the tours already recorded.</summary>
/// <param name="Decision">The kind of decision: motion, cabinet, vote, objection, revocation or act-change.</param>
/// <param name="Recorded">The decision in words, e.g. "vote on KFOR-2026".</param>
/// <param name="Note">
/// What the caller should know about it (a demand for debate made too late to matter); null if nothing.
/// </param>
/// <param name="Entries">
/// The ledger entries written: each a record file changed by the decision, superseding its earlier version.
/// None where the record already held the decision.
/// </param>
/// <param name="ToursNowBreakTheLaw">
/// Tours already recorded that break the law under the decision (and did not before).
/// </param>
public sealed record RecordResult(string Decision, string Recorded, string? Note, IReadOnlyList<LedgerEvent> Entries,
    BrokenTours ToursNowBreakTheLaw)
{
    /// <summary>
    /// Whether this answers a request made again under its idempotency key: nothing new was written, <see
    /// cref="Entries"/> are those written the first time, and <see cref="ToursNowBreakTheLaw"/> is not told again
    /// (the audit says which tours break the law now).
    /// </summary>
    public bool Replayed { get; init; }

    /// <summary>The ledger positions of <see cref="Entries"/>, oldest first.</summary>
    public IReadOnlyList<long> Positions => [.. Entries.Select(e => e.Position)];

    /// <summary>The record files the entries hold, as the ledger names them (e.g. operations/kfor.yaml).</summary>
    public IReadOnlyList<string> Files =>
        [.. Entries.Select(e => LedgerPayload.Read<RecordEvents.FilePayload>(e).Path)];
}
