using System.CommandLine;
using Mandates.Core.Ledger;

namespace Mandates.Cli;

/// <summary>`mandates verify`: recomputes the ledger's hash chain and names the first broken position.</summary>
internal static class VerifyCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("verify",
            "Recompute the ledger's hash chain from the first entry, and check the store's snapshot against the ledger folded afresh. Exit 0 intact, 1 broken (the first broken position, or the snapshot, is named).");
        command.SetAction(parsed =>
        {
            var store = context.Store(parsed);
            var total = Math.Max(1, store.Head);
            // The snapshot is what opens read instead of the entries: fold the entries it covers as they are
            // verified (one read of the ledger), and compare only if the chain is intact.
            var saved = LedgerSnapshot.Newest(store);
            var folded = new LedgerState();
            var result = context.Output.WithProgress($"Verifying {total:N0} entries", parsed.GetValue(CliApp.JsonOption), progress =>
                ChainVerification.Verify(store.ReadAfter(0), new Progress<long>(done => progress((double)done / total)),
                    verified: e => { if (e.Position <= saved?.Position) folded.Apply(e); }));
            (long Position, bool Matches)? snapshot = result.Intact && saved is not null ? (saved.Position, LedgerSnapshot.Matches(saved, folded)) : null;
            var snapshotBroken = snapshot is { Matches: false };
            if (parsed.GetValue(CliApp.JsonOption))
                context.Output.Json(j =>
                {
                    j.WriteStartObject();
                    j.WriteBoolean("intact", result.Intact && !snapshotBroken);
                    j.WriteNumber("checked", result.Checked);
                    if (result.FirstBroken is { } p) j.WriteNumber("firstBroken", p); else j.WriteNull("firstBroken");
                    j.WriteString("why", result.Why);
                    if (snapshot is { } sn)
                    {
                        j.WriteStartObject("snapshot");
                        j.WriteNumber("position", sn.Position);
                        j.WriteBoolean("matches", sn.Matches);
                        j.WriteEndObject();
                    }
                    j.WriteEndObject();
                });
            else if (!result.Intact)
                context.Output.Writer.WriteLine($"BROKEN at position {result.FirstBroken}: {result.Why}. {result.Checked} entries before it verified.");
            else if (snapshotBroken)
                context.Output.Writer.WriteLine(
                    $"BROKEN snapshot at position {snapshot!.Value.Position}: it is not the ledger's entries folded up to that position, so it was altered, " +
                    "and opens read it instead of those entries. The entries themselves are intact. A snapshot is derived data: delete the store's snapshots " +
                    "(DELETE FROM snapshot_parts; DELETE FROM snapshots;) and the next open folds the entries and saves a true one.");
            else
                context.Output.Writer.WriteLine(
                    $"Intact: {result.Checked} entries of {store.Description} verified; each hash matches its content and the entry before" +
                    (snapshot is { } s ? $", and the snapshot at position {s.Position} is exactly the entries folded up to it." : "."));
            return result.Intact && !snapshotBroken ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }
}
