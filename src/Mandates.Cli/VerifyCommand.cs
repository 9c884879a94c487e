using System.CommandLine;
using Mandates.Core.Ledger;
using Mandates.Core.Records;

namespace Mandates.Cli;

/// <summary>`mandates verify`: recomputes the ledger's hash chain and names the first broken position.</summary>
internal static class VerifyCommand
{
    public static Command Create(CommandContext context)
    {
        var anchorOption = new Option<string[]>("--anchor")
        {
            Description = "POSITION:HASH, as an earlier verify printed it and you kept outside the store: the entry at POSITION must still have that hash. "
                + "Shows a ledger rewritten (its hashes recomputed) or cut short since; may be given more than once.",
            // Each --anchor takes one value: one given without (a value lost in a script, say) is bad input, not a run with no anchor that says intact.
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("verify",
            "Recompute the ledger's hash chain from the first entry, check any anchors kept from earlier runs, and check the store's snapshot against the ledger folded afresh. "
            + "Prints the newest entry's anchor to keep. Exit 0 intact, 1 broken (the first broken position, or the snapshot, is named).") { anchorOption };
        command.SetAction(parsed =>
        {
            context.RefuseDataOption(parsed, "verify", "checks the store's ledger, which no record folder is part of");
            var anchors = Anchors(parsed.GetValue(anchorOption) ?? []);
            var store = context.ExistingStore(parsed);
            var total = Math.Max(1, store.Head);
            // Every entry is folded as it is verified (one read of the ledger): an entry whose hash matches but
            // which no writer could have written is named too. The snapshot is what opens read instead of the
            // entries it covers: compare it with the fold when the fold reaches its position.
            var saved = LedgerSnapshot.Newest(store);
            var folded = new LedgerState();
            bool? snapshotMatches = null;
            var result = context.Output.WithProgress($"Verifying {total:N0} entries", parsed.GetValue(CliApp.JsonOption), progress =>
                ChainVerification.Verify(store.ReadAfter(0), new Progress<long>(done => progress((double)done / total)),
                    verified: e =>
                    {
                        folded.Apply(e);
                        if (e.Position == saved?.Position) snapshotMatches = LedgerSnapshot.Matches(saved, folded);
                    },
                    anchors));
            if (result.Intact && TourOfNoOperation(folded) is var (position, operation))
                result = new VerifyResult(position - 1, position,
                    $"position {position} starts a tour of '{operation}', an operation the store's record does not hold, which no writer records: the entry was altered", result.Head);
            (long Position, bool Matches)? snapshot = result.Intact && saved is not null && snapshotMatches is { } matches ? (saved.Position, matches) : null;
            var snapshotBroken = snapshot is { Matches: false };
            if (parsed.GetValue(CliApp.JsonOption))
                context.Output.Json(j =>
                {
                    j.WriteStartObject();
                    j.WriteBoolean("intact", result.Intact && !snapshotBroken);
                    j.WriteNumber("checked", result.Checked);
                    if (result.FirstBroken is { } p) j.WriteNumber("firstBroken", p); else j.WriteNull("firstBroken");
                    j.WriteString("why", result.Why);
                    if (result.Intact && folded.FirstRecordedOutOfOrder is { } o) j.WriteNumber("recordedOutOfOrderFrom", o); else j.WriteNull("recordedOutOfOrderFrom");
                    // The anchor to keep, as the text prints it: only when the entries are intact. On a broken chain the
                    // last entry verified is no anchor of the ledger (its newest entry was not reached); `checked` says how far it got.
                    if (result.Intact)
                    {
                        j.WriteStartObject("head");
                        j.WriteNumber("position", result.Head.Position);
                        j.WriteString("hash", result.Head.Hash);
                        j.WriteString("anchor", result.Head.ToString());
                        j.WriteEndObject();
                    }
                    else j.WriteNull("head");
                    j.WriteStartArray("anchors");
                    foreach (var anchor in anchors)
                    {
                        j.WriteStartObject();
                        j.WriteNumber("position", anchor.Position);
                        j.WriteString("hash", anchor.Hash);
                        // Checked before its entry counts as verified: an anchor at or before the last verified entry held.
                        j.WriteBoolean("holds", anchor.Position <= result.Checked);
                        j.WriteEndObject();
                    }
                    j.WriteEndArray();
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
            {
                context.Output.Writer.WriteLine(
                    $"Intact: {result.Checked} entries of {store.Description} verified; each hash matches its content and the entry before" +
                    (snapshot is { } s ? $", and the snapshot at position {s.Position} is exactly the entries folded up to it." : "."));
                foreach (var anchor in anchors)
                    context.Output.Writer.WriteLine($"The anchor {anchor} holds: the ledger up to position {anchor.Position} is as it was when the anchor was taken.");
            }
            if (result.Intact && !parsed.GetValue(CliApp.JsonOption))
            {
                context.Output.Writer.WriteLine($"Anchor: {result.Head} (the newest entry's position and hash).");
                context.Output.Writer.WriteLine(
                    $"Keep it outside the store; `mandates verify --anchor {result.Head}` then shows whether anything up to position {result.Head.Position} " +
                    "was altered or removed since. The chain alone cannot show that against someone able to write to the database, who could recompute " +
                    "every hash after an entry they alter.");
            }
            if (result.Intact && folded.FirstRecordedOutOfOrder is { } outOfOrder && !parsed.GetValue(CliApp.JsonOption))
                context.Output.Writer.WriteLine(
                    $"Note: position {outOfOrder} was recorded before the entry ahead of it, which no writer of this program does (a store generated before " +
                    "entries were recorded when appended does); `--as-recorded-at` on this store reads from the first entry and stops at the first recorded after the instant.");
            return result.Intact && !snapshotBroken ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }

    /// <summary>
    /// The first tour of an operation the record does not hold (operations are never removed from it, so the
    /// record as it now stands holds every one a tour was ever written for); null if none, or if the record
    /// does not load (the commands that read the law say why).
    /// </summary>
    private static (long Position, string Operation)? TourOfNoOperation(LedgerState folded)
    {
        if (RecordLoader.Load(RecordEvents.Files(folded)).Record is not { } record) return null;
        var known = record.Operations.Select(o => o.Id.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (folded.OperationsToured.All(known.Contains)) return null;
        return folded.Tours.Where(t => !known.Contains(t.Operation.Value)).OrderBy(t => t.StartedAt).Select(t => ((long, string)?)(t.StartedAt, t.Operation.Value)).FirstOrDefault();
    }

    /// <summary>The anchors given, read before the store is opened: each POSITION:HASH, a position at most once.</summary>
    private static IReadOnlyList<Anchor> Anchors(IEnumerable<string> texts)
    {
        var anchors = new List<Anchor>();
        foreach (var text in texts)
        {
            var anchor = Anchor.Parse(text) ?? throw new BadInputException(
                $"--anchor: '{Arguments.Shown(text)}' is not an anchor; expected POSITION:HASH as `mandates verify` prints it, a ledger position of 1 or more and the 64 hex digits of its hash, e.g. 10:{LedgerEvent.Genesis}.");
            if (anchors.Contains(anchor)) continue;
            if (anchors.Any(a => a.Position == anchor.Position))
                throw new BadInputException($"--anchor: position {anchor.Position} is given twice, with two different hashes; expected one hash for each position.");
            anchors.Add(anchor);
        }
        return anchors;
    }
}
