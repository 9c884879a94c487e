using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>
/// A correction of a tour recorded wrongly (docs/architecture.md): a new entry supersedes the one that started it.
/// </summary>
/// <param name="Tour">The ledger position that started the tour.</param>
/// <param name="From">The tour's first day as it should have been recorded; null keeps the first day it has.</param>
/// <param name="Until">
/// Its last day as it should have been recorded, inclusive; null for an open tour (or, with
/// <paramref name="KeepUntil"/>, not given).
/// </param>
/// <param name="Cancel">Strike the tour out as never served: it then has no days, and none is given.</param>
/// <param name="Reason">Why the record was wrong.</param>
/// <param name="IdempotencyKey">Names the request: the same key and content again returns the first result.</param>
/// <param name="KeepUntil">
/// Only the first day is corrected: the tour keeps the last day it has when the correction is written (an
/// ended tour stays ended), and <paramref name="Until"/> is not given.
/// </param>
public sealed record CorrectTourRequest(long Tour, LocalDate? From, LocalDate? Until, bool Cancel, string Reason,
    string? IdempotencyKey = null, bool KeepUntil = false);
