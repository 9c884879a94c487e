using Mandates.Core.Problems;
using Mandates.Core.Records;

namespace Mandates.Core.UseCases;

/// <summary>"Write the record as YAML files into this new or empty folder."</summary>
/// <param name="Folder">The folder to write into: new, or empty.</param>
public sealed record ExportRequest(string Folder);

/// <summary>What the export wrote.</summary>
/// <param name="Folder">The folder written, as a full path.</param>
/// <param name="Files">The files written, in the record format (docs/record-format.md).</param>
/// <param name="DoesNotLoad">
/// Why the store's record does not load, where it does not: its files were then written as the store holds
/// them, to be corrected and imported again. Null for a record that loads.
/// </param>
public sealed record ExportResult(string Folder, IReadOnlyList<RecordFile> Files, Problem? DoesNotLoad);

/// <summary>
/// Writes the record (the store's, or a record folder read instead) as YAML files; loading them gives the same
/// record. All or nothing: an export that fails part way leaves no folder half-written.
/// </summary>
public static class ExportRecord
{
    public static ExportResult Run(Session session, ExportRequest request)
    {
        const string field = "folder";
        var target = request.Folder;
        if (target.Trim().Length == 0)
            throw new ProblemException(Problem.Saying(field, target, Problem.Join(
                $"an empty path; expected a new or empty folder to write into, e.g. exported-record/. ",
                $"Nothing was written.")));
        // A line break in a folder's name is almost always a pasting slip, and a folder so named is hard to see, type
        // or remove.
        if (target.Any(char.IsControl))
            throw new ProblemException(Problem.Saying(field, target, Problem.Join(
                $"'{Visible.Shown(target, 200)}' holds a line break or another control character; expected a new or ",
                $"empty folder to write into, e.g. exported-record/. Nothing was written.")));
        // Before the store is opened (which may create it): bad input creates nothing.
        session.Law.Folders.RefuseNotNew(target, field);
        IReadOnlyList<RecordFile> files;
        Problem? doesNotLoad = null;
        try
        {
            files = RecordWriter.Write(session.Law.Record());
        }
        catch (ProblemException e)
            when (session.Law.Folder is null && session.Law.StoredFiles() is { Count: > 0 } stored)
        {
            // A record the store holds that no longer loads (recorded before a rule it breaks, say) is repaired by
            // export, edit and import: so its files are written as the store holds them.
            (files, doesNotLoad) = (stored, e.Problem);
        }
        return new ExportResult(session.Law.Folders.WriteNew(target, field, files), files, doesNotLoad);
    }
}
