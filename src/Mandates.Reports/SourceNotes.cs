using Mandates.Core.Contracts;

namespace Mandates.Reports;

/// <summary>
/// The notes of unverified sources in a table, numbered and listed below it: a long note in a narrow column would
/// stretch its row over half a page. The same note is one number.
/// </summary>
public sealed class SourceNotes
{
    private readonly List<string> notes = [];

    /// <summary>The notes so far, in the order numbered (the first is note 1).</summary>
    public IReadOnlyList<string> All => notes;

    /// <summary>The number of the source's note, added if new.</summary>
    public int Add(SourceOutput source)
    {
        var text = source.Note ?? "the record gives no reason.";
        var index = notes.IndexOf(text);
        if (index >= 0) return index + 1;
        notes.Add(text);
        return notes.Count;
    }
}
