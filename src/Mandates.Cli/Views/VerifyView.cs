using Mandates.Core.Contracts;
using Mandates.Core.UseCases;

namespace Mandates.Cli.Views;

/// <summary>verify's answer: intact with the anchor to keep, or the first broken position or snapshot.</summary>
internal static class VerifyView
{
    public static void Json(Output output, VerifyLedgerResult result) =>
        output.Writer.WriteLine(Contract.Write(VerifyOutput.Of(result)));

    public static void Text(Output output, VerifyLedgerResult result)
    {
        var (chain, writer) = (result.Chain, output.Writer);
        if (!chain.Intact)
        {
            writer.WriteLine($"BROKEN at position {chain.FirstBroken}: {chain.Why}. "
                + $"{chain.Checked} entries before it verified.");
            return;
        }
        if (result.Snapshot is (var at, false))
            writer.WriteLine($"BROKEN snapshot at position {at}: it is not the ledger's entries folded up to that "
                + "position, so it was altered, and opens read it instead of those entries. The entries themselves "
                + "are intact. A snapshot is derived data: delete the store's snapshots (DELETE FROM snapshot_parts; "
                + "DELETE FROM snapshots;) and the next open folds the entries and saves a true one.");
        else
        {
            writer.WriteLine($"Intact: {chain.Checked} entries of {result.Store} verified; each hash matches its "
                + "content and the entry before" + (result.Snapshot is var (s, _)
                    ? $", and the snapshot at position {s} is exactly the entries folded up to it." : "."));
            foreach (var anchor in result.Anchors)
                writer.WriteLine($"The anchor {anchor} holds: the ledger up to position {anchor.Position} is as it "
                    + "was when the anchor was taken.");
        }
        writer.WriteLine($"Anchor: {chain.Head} (the newest entry's position and hash).");
        writer.WriteLine($"Keep it outside the store; `mandates verify --anchor {chain.Head}` then shows whether "
            + $"anything up to position {chain.Head.Position} was altered or removed since. The chain alone cannot "
            + "show that against someone able to write to the database, who could recompute every hash after an "
            + "entry they alter.");
        if (result.RecordedOutOfOrderFrom is { } outOfOrder)
            writer.WriteLine($"Note: position {outOfOrder} was recorded before the entry ahead of it, which no "
                + "writer of this program does (a store generated before entries were recorded when appended does); "
                + "`--as-recorded-at` on this store reads from the first entry and stops at the first recorded after "
                + "the instant.");
    }
}
