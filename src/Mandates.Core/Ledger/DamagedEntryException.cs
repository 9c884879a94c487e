namespace Mandates.Core.Ledger;

/// <summary>
/// An entry the store holds but no writer of this program could have written (a text that is not a day,
/// a payload that is not its JSON): the store was altered or damaged there. Names the position and why,
/// so <c>mandates verify</c> can report it as it reports a broken hash.
/// </summary>
public sealed class DamagedEntryException(long position, string why, Exception? inner = null)
    : Exception($"Ledger position {position}: {why}.", inner)
{
    public long Position { get; } = position;

    /// <summary>What is wrong with the entry, without its position.</summary>
    public string Why { get; } = why;
}
