using Mandates.Core.UseCases;

namespace Mandates.Core.Contracts;

/// <summary><c>verify</c>'s answer: whether the ledger's hash chain, the anchors given and the snapshot hold.</summary>
/// <param name="SchemaVersion">See <see cref="Contract.SchemaVersion"/>.</param>
/// <param name="Intact">Whether every entry and the snapshot are as written.</param>
/// <param name="Checked">How many entries verified (on a broken chain, those before the first broken one).</param>
/// <param name="FirstBroken">The first broken position; null if the chain is intact.</param>
/// <param name="Why">Why that position is broken; null if the chain is intact.</param>
/// <param name="RecordedOutOfOrderFrom">
/// The first position recorded before the entry ahead of it, on an intact chain; null if none.
/// </param>
/// <param name="Head">
/// The newest entry's anchor, to keep outside the store; null on a broken chain (its newest entry was not reached).
/// </param>
/// <param name="Anchors">The anchors given, and whether each held.</param>
/// <param name="Snapshot">The store's newest snapshot checked against the entries; null where none was checked.</param>
public sealed record VerifyOutput(int SchemaVersion, bool Intact, long Checked, long? FirstBroken, string? Why,
    long? RecordedOutOfOrderFrom, HeadOutput? Head, IReadOnlyList<AnchorOutput> Anchors, SnapshotOutput? Snapshot)
{
    public static VerifyOutput Of(VerifyLedgerResult result)
    {
        var chain = result.Chain;
        // The anchor to keep, as the text prints it: only when the entries are intact. On a broken chain the last
        // entry verified is no anchor of the ledger (its newest entry was not reached); `checked` says how far it got.
        var head = chain.Intact ? new HeadOutput(chain.Head.Position, chain.Head.Hash, chain.Head.ToString()) : null;
        // An anchor is checked before its entry counts as verified: one at or before the last verified entry held.
        var anchors = result.Anchors
            .Select(a => new AnchorOutput(a.Position, a.Hash, a.Position <= chain.Checked)).ToList();
        var snapshot = result.Snapshot is var (position, matches) ? new SnapshotOutput(position, matches) : null;
        return new VerifyOutput(Contract.SchemaVersion, result.Intact, chain.Checked, chain.FirstBroken, chain.Why,
            result.RecordedOutOfOrderFrom, head, anchors, snapshot);
    }
}

/// <param name="Anchor">POSITION:HASH, as verify takes an anchor kept from an earlier run.</param>
public sealed record HeadOutput(long Position, string Hash, string Anchor);

/// <param name="Holds">Whether the entry at the position still has that hash.</param>
public sealed record AnchorOutput(long Position, string Hash, bool Holds);

/// <param name="Matches">Whether the snapshot is exactly the entries folded up to its position.</param>
public sealed record SnapshotOutput(long Position, bool Matches);
