using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Records;

namespace Mandates.Core.UseCases;

/// <summary>"Is the ledger as its writers wrote it?"</summary>
/// <param name="Anchors">
/// Positions and hashes kept outside the store from earlier runs: each entry must still have its hash.
/// </param>
public sealed record VerifyLedgerRequest(IReadOnlyList<Anchor> Anchors);

/// <summary>The verification's answer.</summary>
/// <param name="Chain">
/// The hash chain recomputed: how far it verified, the first broken position and why, the newest entry's anchor.
/// </param>
/// <param name="Anchors">The anchors checked, as given.</param>
/// <param name="Snapshot">
/// The store's newest snapshot and whether it is exactly the entries folded up to its position; null where
/// the store has none or the chain broke before its position.
/// </param>
/// <param name="RecordedOutOfOrderFrom">
/// The first position recorded before the entry ahead of it, on an intact chain; null if none.
/// </param>
/// <param name="Store">The store verified, as messages name it.</param>
public sealed record VerifyLedgerResult(VerifyResult Chain, IReadOnlyList<Anchor> Anchors,
    (long Position, bool Matches)? Snapshot, long? RecordedOutOfOrderFrom, string Store)
{
    /// <summary>Whether the entries and the snapshot are as written.</summary>
    public bool Intact => Chain.Intact && Snapshot is not { Matches: false };
}

/// <summary>
/// Recomputes the ledger's hash chain from the first entry (docs/architecture.md), checks anchors kept from earlier
/// runs, and compares the store's snapshot with the entries folded afresh. Needs a store that exists: a
/// mistyped location must not be reported as an intact, empty ledger.
/// </summary>
public static class VerifyLedger
{
    public static VerifyLedgerResult Run(Session session, VerifyLedgerRequest request)
    {
        var store = session.Store.ExistingStore();
        var total = Math.Max(1, store.Head);
        // Every entry is folded as it is verified (one read of the ledger): an entry whose hash matches but
        // which no writer could have written is named too. The snapshot is what opens read instead of the
        // entries it covers: compare it with the fold when the fold reaches its position.
        var saved = LedgerSnapshot.Newest(store);
        var folded = new LedgerState();
        bool? snapshotMatches = null;
        var chain = session.Store.Progress.Run($"Verifying {total:N0} entries", progress =>
            ChainVerification.Verify(store.ReadAfter(0), new Progress<long>(done => progress((double)done / total)),
                verified: e =>
                {
                    folded.Apply(e);
                    if (e.Position == saved?.Position) snapshotMatches = LedgerSnapshot.Matches(saved, folded);
                },
                request.Anchors));
        if (chain.Intact && TourOfNoOperation(folded) is var (position, operation))
            chain = new VerifyResult(position - 1, position, $"position {position} starts a tour of '{operation}', "
                + "an operation the store's record does not hold, which no writer records: the entry was altered",
                chain.Head);
        var snapshot = chain.Intact && saved is not null && snapshotMatches is { } matches
            ? (saved.Position, matches) : ((long, bool)?)null;
        return new VerifyLedgerResult(chain, request.Anchors, snapshot,
            chain.Intact ? folded.FirstRecordedOutOfOrder : null, store.Description);
    }

    /// <summary>
    /// The anchors as given (each POSITION:HASH, as verify prints it), read before the store is opened; the
    /// same anchor twice counts once, one position with two hashes is refused.
    /// </summary>
    public static IReadOnlyList<Anchor> Anchors(IEnumerable<string> texts, string field = "anchor")
    {
        var anchors = new List<Anchor>();
        foreach (var text in texts)
        {
            var anchor = Anchor.Parse(text) ?? throw new ProblemException(Problem.Expecting(field, text,
                $"is not an anchor", Problem.Join($"POSITION:HASH as `mandates verify` prints it, a ledger position ",
                    $"of 1 or more and the 64 hex digits of its hash"),
                $"10:{LedgerEvent.Genesis}"));
            if (anchors.Contains(anchor)) continue;
            if (anchors.Any(a => a.Position == anchor.Position))
                throw new ProblemException(Problem.Saying(field, text, Problem.Join(
                    $"position {anchor.Position} is given twice, with two different hashes; ",
                    $"expected one hash for each position.")));
            anchors.Add(anchor);
        }
        return anchors;
    }

    /// <summary>
    /// The first tour of an operation the record does not hold (operations are never removed from it, so the
    /// record as it now stands holds every one a tour was ever written for); null if none, or if the record
    /// does not load (the use cases that read the law say why).
    /// </summary>
    private static (long Position, string Operation)? TourOfNoOperation(LedgerState folded)
    {
        if (RecordLoader.Load(RecordEvents.Files(folded)).Record is not { } record) return null;
        var known = record.Operations.Select(o => o.Id.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (folded.OperationsToured.All(known.Contains)) return null;
        return folded.Tours.Where(t => !known.Contains(t.Operation.Value)).OrderBy(t => t.StartedAt)
            .Select(t => ((long, string)?)(t.StartedAt, t.Operation.Value)).FirstOrDefault();
    }
}
