namespace Mandates.Core.Ledger;

/// <summary>
/// The outcome of recomputing the hash chain: how many entries were checked, the first broken position
/// (if any) and why, and the newest entry's position and hash (<see cref="Head"/>): the anchor to keep
/// outside the store.
/// </summary>
public sealed record VerifyResult(long Checked, long? FirstBroken, string? Why, Anchor Head)
{
    public bool Intact => FirstBroken is null;
}

/// <summary>
/// A ledger position and the hash its entry had, written down outside the store (a report, a mail, a
/// notebook). The chain shows an entry altered on its own, but whoever can write to the database can
/// also recompute every hash after the entry they alter, or remove the newest entries: an anchor kept
/// elsewhere shows both.
/// </summary>
public readonly record struct Anchor(long Position, string Hash)
{
    /// <summary>The anchor before the first entry: an empty ledger's.</summary>
    public static readonly Anchor Genesis = new(0, LedgerEvent.Genesis);

    /// <summary>Reads "POSITION:HASH" (a position of 1 or more, the 64 hex digits of a SHA-256); null if the text is not one.</summary>
    public static Anchor? Parse(string text)
    {
        var colon = text.IndexOf(':');
        if (colon < 0 || !long.TryParse(text.AsSpan(0, colon), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position) || position < 1)
            return null;
        var hash = text[(colon + 1)..];
        return hash.Length == 64 && hash.All(char.IsAsciiHexDigit) ? new Anchor(position, hash.ToLowerInvariant()) : null;
    }

    public override string ToString() => $"{Position}:{Hash}";
}

/// <summary>Recomputes the ledger's hash chain from the first entry: an altered, removed or inserted entry breaks it at its position.</summary>
public static class ChainVerification
{
    /// <param name="entries">The ledger, oldest first.</param>
    /// <param name="progress">Told how many entries are verified, now and then.</param>
    /// <param name="verified">Shown each entry once it is verified, so a caller that also needs the entries (to fold them) reads them once.</param>
    /// <param name="anchors">Positions and the hashes their entries must still have (see <see cref="Anchor"/>).</param>
    public static VerifyResult Verify(IEnumerable<LedgerEvent> entries, IProgress<long>? progress = null, Action<LedgerEvent>? verified = null,
        IReadOnlyCollection<Anchor>? anchors = null)
    {
        var head = Anchor.Genesis;
        try
        {
            return Verify(entries, progress, verified, (anchors ?? []).ToDictionary(a => a.Position, a => a.Hash), ref head);
        }
        catch (DamagedEntryException damaged)
        {
            // An entry that cannot even be read (or folded) is broken as surely as one whose hash does not match.
            return new VerifyResult(head.Position, damaged.Position, damaged.Why, head);
        }
    }

    private static VerifyResult Verify(IEnumerable<LedgerEvent> entries, IProgress<long>? progress, Action<LedgerEvent>? verified,
        Dictionary<long, string> anchors, ref Anchor head)
    {
        foreach (var e in entries)
        {
            var expected = head.Position + 1;
            if (e.Position != expected)
                return Broken(head, expected, $"position {expected} is missing (the next entry is {e.Position}): an entry was deleted");
            if (e.PreviousHash != head.Hash)
                return Broken(head, e.Position, $"position {e.Position} does not follow the hash of position {e.Position - 1}: an entry before it, or its link, was altered");
            if (!e.HashIsValid(head.Hash))
                return Broken(head, e.Position, $"position {e.Position}'s content does not match its hash: the entry was altered");
            if (anchors.TryGetValue(e.Position, out var anchored) && anchored != e.Hash)
                return Broken(head, e.Position,
                    $"position {e.Position} has the hash {e.Hash}, not the anchor's {anchored}: the ledger up to position {e.Position} was rewritten " +
                    "(its hashes recomputed) since the anchor was taken");
            verified?.Invoke(e);
            head = new Anchor(e.Position, e.Hash);
            if (progress is not null && head.Position % 100_000 == 0) progress.Report(head.Position);
        }
        var last = head.Position;
        if (anchors.Keys.Where(p => p > last).Order().FirstOrDefault() is var beyond and > 0)
            return Broken(head, head.Position + 1,
                $"the ledger ends at position {head.Position}, before the anchor's position {beyond}: entries after {head.Position} were removed since the anchor was taken");
        return new VerifyResult(head.Position, null, null, head);
    }

    private static VerifyResult Broken(Anchor head, long position, string why) => new(head.Position, position, why, head);
}
