namespace Mandates.Core.Ledger;

/// <summary>The outcome of recomputing the hash chain: how many entries were checked, and the first broken position, if any, and why.</summary>
public sealed record VerifyResult(long Checked, long? FirstBroken, string? Why)
{
    public bool Intact => FirstBroken is null;
}

/// <summary>Recomputes the ledger's hash chain from the first entry: an altered, removed or inserted entry breaks it at its position.</summary>
public static class ChainVerification
{
    /// <param name="entries">The ledger, oldest first.</param>
    /// <param name="progress">Told how many entries are verified, now and then.</param>
    /// <param name="verified">Shown each entry once it is verified, so a caller that also needs the entries (to fold them) reads them once.</param>
    public static VerifyResult Verify(IEnumerable<LedgerEvent> entries, IProgress<long>? progress = null, Action<LedgerEvent>? verified = null)
    {
        var expectedPosition = 1L;
        try
        {
            return Verify(entries, progress, verified, ref expectedPosition);
        }
        catch (DamagedEntryException damaged)
        {
            // An entry that cannot even be read (or folded) is broken as surely as one whose hash does not match.
            return new VerifyResult(expectedPosition - 1, damaged.Position, damaged.Why);
        }
    }

    private static VerifyResult Verify(IEnumerable<LedgerEvent> entries, IProgress<long>? progress, Action<LedgerEvent>? verified, ref long expectedPosition)
    {
        var previous = LedgerEvent.Genesis;
        foreach (var e in entries)
        {
            if (e.Position != expectedPosition)
                return new VerifyResult(expectedPosition - 1, expectedPosition,
                    $"position {expectedPosition} is missing (the next entry is {e.Position}): an entry was deleted");
            if (e.PreviousHash != previous)
                return new VerifyResult(expectedPosition - 1, e.Position,
                    $"position {e.Position} does not follow the hash of position {e.Position - 1}: an entry before it, or its link, was altered");
            if (!e.HashIsValid(previous))
                return new VerifyResult(expectedPosition - 1, e.Position,
                    $"position {e.Position}'s content does not match its hash: the entry was altered");
            verified?.Invoke(e);
            previous = e.Hash;
            expectedPosition++;
            if (progress is not null && expectedPosition % 100_000 == 0) progress.Report(expectedPosition - 1);
        }
        return new VerifyResult(expectedPosition - 1, null, null);
    }
}
