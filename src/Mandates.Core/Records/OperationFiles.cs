namespace Mandates.Core.Records;

/// <summary>
/// Finds the file of one operation among a record's files without parsing them: by its top-level <c>id:</c> line.
/// A question about one operation then parses that file, the legal acts and the calendar, not every operation's
/// (see <see cref="UseCases.LawSource.For"/>).
/// </summary>
public static class OperationFiles
{
    /// <summary>
    /// The files a question about <paramref name="operation"/> needs (every legal act, the calendar, and the one file
    /// whose top-level id names it, case ignored), or null where that is not certain: no file or more than one names
    /// it, or a file of operations/ has no single plain <c>id:</c> line at its top level.
    /// </summary>
    public static IReadOnlyList<RecordFile>? Part(IReadOnlyList<RecordFile> files, string operation)
    {
        var part = new List<RecordFile>();
        var found = 0;
        foreach (var file in files)
        {
            if (!file.Path.StartsWith(RecordLoader.OperationsFolder, StringComparison.Ordinal))
            {
                part.Add(file);
                continue;
            }
            if (TopLevelId(file.Text) is not { } id) return null;
            if (!string.Equals(id, operation, StringComparison.OrdinalIgnoreCase)) continue;
            part.Add(file);
            found++;
        }
        return found == 1 ? part : null;
    }

    /// <summary>
    /// The value of the one line that begins <c>id:</c> at the first column (a top-level key: YAML indents anything
    /// inside a block), unquoted, its comment dropped; null for none, for more than one, or for a second document.
    /// </summary>
    internal static string? TopLevelId(string text)
    {
        string? id = null;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("---") || line.StartsWith("...")) return null;
            if (!line.StartsWith("id:")) continue;
            if (id is not null) return null;
            var value = line[3..];
            var comment = value.IndexOf(" #");
            if (comment >= 0) value = value[..comment];
            value = value.Trim();
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
                value = value[1..^1];
            if (value.Length == 0) return null;
            id = value.ToString();
        }
        return id;
    }
}
