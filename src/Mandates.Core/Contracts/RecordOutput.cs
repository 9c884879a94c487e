using Mandates.Core.Ledger;
using Mandates.Core.UseCases;

namespace Mandates.Core.Contracts;

/// <summary>A decision recorded: <c>record … --json</c>'s output (see <see cref="RecordResult"/>).</summary>
/// <param name="Decision">motion, cabinet, vote, objection, revocation or act-change.</param>
/// <param name="Recorded">The decision in words, e.g. "vote on KFOR-2026".</param>
/// <param name="Note">What to know about it (a demand for debate made too late to matter); null if nothing.</param>
/// <param name="Positions">
/// The ledger positions written, oldest first; empty where the record held the decision already.
/// </param>
/// <param name="Entries">The entries written: each a record file, superseding its earlier version.</param>
/// <param name="ToursNowBreakTheLaw">
/// Tours already recorded that break the law under the decision (and did not before).
/// </param>
public sealed record RecordOutput(int SchemaVersion, string Decision, string Recorded, string? Note,
    IReadOnlyList<long> Positions, IReadOnlyList<RecordEntryOutput> Entries,
    IReadOnlyList<ViolationOutput> ToursNowBreakTheLaw)
{
    /// <param name="result">What the use case wrote.</param>
    /// <param name="ledger">The ledger after it, which says how many served on a violation's days.</param>
    public static RecordOutput Of(RecordResult result, LedgerState ledger) => new(Contract.SchemaVersion,
        result.Decision, result.Recorded, result.Note, result.Positions,
        [.. result.Entries.Select(RecordEntryOutput.Of)],
        [.. result.ToursNowBreakTheLaw.Violations.Select(v => ViolationOutput.Of(v, ledger))]);
}
