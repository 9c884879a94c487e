using Mandates.Core.Dip;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases;

namespace Mandates.Core.Contracts;

/// <summary>DIP files imported: <c>dip import … --json</c>'s output (see <see cref="ImportDipResult"/>).</summary>
/// <param name="Files">How many files were read.</param>
/// <param name="Documents">How many DIP documents they hold.</param>
/// <param name="Changes">The facts changed, each with the DIP document now its source; empty if none.</param>
/// <param name="Skipped">What the files hold that changes nothing in the record, and why.</param>
/// <param name="Positions">The ledger positions written, oldest first; empty where nothing changed.</param>
/// <param name="Entries">The entries written: each a record file, superseding its earlier version.</param>
/// <param name="ToursNowBreakTheLaw">Tours already recorded that break the law under the changes.</param>
public sealed record DipImportOutput(int SchemaVersion, int Files, int Documents,
    IReadOnlyList<DipChangeOutput> Changes, IReadOnlyList<DipSkippedOutput> Skipped, IReadOnlyList<long> Positions,
    IReadOnlyList<RecordEntryOutput> Entries, IReadOnlyList<ViolationOutput> ToursNowBreakTheLaw)
{
    /// <param name="result">What the use case found and wrote.</param>
    /// <param name="files">How many files were read.</param>
    /// <param name="ledger">The ledger after it, which says how many served on a violation's days.</param>
    public static DipImportOutput Of(ImportDipResult result, int files, LedgerState ledger) => new(
        Contract.SchemaVersion, files, result.Read.Documents,
        [.. result.Changes.Select(c => new DipChangeOutput(c.Mandate, c.Fact, c.Before, c.After, c.Source, c.Where))],
        [.. result.Read.Skipped.Select(s => new DipSkippedOutput(s.Where, s.Reason))],
        result.Recorded?.Positions ?? [],
        [.. (result.Recorded?.Entries ?? []).Select(RecordEntryOutput.Of)],
        [.. (result.Recorded?.ToursNowBreakTheLaw.Violations ?? []).Select(v => ViolationOutput.Of(v, ledger))]);
}

/// <summary>A fact DIP changed or added (see <see cref="DipChange"/>).</summary>
/// <param name="Mandate">The mandate's id.</param>
/// <param name="Fact">motion.distributed or vote.</param>
/// <param name="Before">The fact as the record held it, in words; null where it held none.</param>
/// <param name="After">The fact as DIP gives it, in words.</param>
/// <param name="Source">The DIP document, now the fact's source.</param>
/// <param name="Where">The file and JSON path DIP gave it at.</param>
public sealed record DipChangeOutput(string Mandate, string Fact, string? Before, string After, string Source,
    string Where);

/// <summary>A DIP document or decision that changes nothing in the record (see <see cref="DipSkipped"/>).</summary>
/// <param name="Where">The file and JSON path.</param>
/// <param name="Reason">Why it changes nothing.</param>
public sealed record DipSkippedOutput(string Where, string Reason);
