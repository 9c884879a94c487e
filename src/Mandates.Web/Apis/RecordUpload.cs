using System.IO.Compression;
using System.Text;
using Mandates.Core.Problems;
using Mandates.Core.Records;

namespace Mandates.Web.Apis;

/// <summary>
/// A record folder sent as a zip (<c>application/zip</c>): its YAML files by their paths relative to the folder
/// (<c>legal-acts/unscr-1244.yaml</c>, <c>operations/kfor.yaml</c>, <c>sitting-calendar.yaml</c>), or all under
/// one top folder (<c>data/…</c>, as <c>zip -r record.zip data</c> makes it). Read in memory and checked whole
/// before anything is written: a body or an unpacked size above <see cref="ImportLimits"/> (413), more files than it
/// allows, an absolute path or one that climbs out (<c>../</c>, zip-slip), a link, a file that is not UTF-8 (400).
/// Files of other kinds (a README) are skipped, as a folder read from disk skips them.
/// </summary>
internal static class RecordUpload
{
    /// <summary>The media type of the body.</summary>
    public const string MediaType = "application/zip";

    /// <summary>The upload's files, as the loader takes them; a problem naming <c>body</c> or the file
    /// otherwise.</summary>
    public static IReadOnlyList<RecordFile> Read(byte[] body, ImportLimits limits)
    {
        try
        {
            return Unpacked(body, limits);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException
            or ArgumentException)
        {
            // A damaged archive shows itself late: in an entry's header, its compression method, its data.
            throw Bad("body", null, $"cannot be unpacked ({e.Message}); expected a zip as zip or 7z make it");
        }
    }

    private static IReadOnlyList<RecordFile> Unpacked(byte[] body, ImportLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(body, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw Bad("body", null, $"is not a zip archive ({e.Message}); expected the record folder's YAML files "
                + "zipped by their paths, e.g. zip -r record.zip legal-acts operations sitting-calendar.yaml");
        }
        using (zip)
        {
            if (zip.Entries.Count > limits.MostEntries)
                throw Bad("body", null, $"holds {zip.Entries.Count:N0} entries; expected at most "
                    + $"{limits.MostEntries:N0} (the limit of files in an import)");
            var files = new List<(string Path, ZipArchiveEntry Entry)>();
            foreach (var entry in zip.Entries)
            {
                var path = Checked(entry.FullName);
                // A Unix link is kept as a file whose text is its target: refused, as a folder on disk refuses links.
                if (((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000)
                    throw Bad(path, null, "is a link; expected the record's files themselves");
                if (path.EndsWith('/') || !(path.EndsWith(".yaml", StringComparison.Ordinal)
                    || path.EndsWith(".yml", StringComparison.Ordinal))) continue;
                files.Add((path, entry));
            }
            if (files.Count > limits.MostFiles)
                throw Bad("body", null, $"holds {files.Count:N0} YAML files; expected at most {limits.MostFiles:N0} "
                    + "(the limit of files in an import)");
            var top = CommonTop(files.Select(f => f.Path).ToList());
            long unpacked = 0;
            var read = new List<RecordFile>();
            foreach (var (path, entry) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var text = Text(path, entry, limits, ref unpacked);
                read.Add(new RecordFile(path[top.Length..], text));
            }
            if (RecordLoader.MissingParts(read) is { Count: > 0 } missing)
                throw Bad("body", null, $"is not a whole record folder: it has no {string.Join(", no ", missing)}; "
                    + $"expected {RecordLoader.FolderHolds}, as in data/");
            return read;
        }
    }

    /// <summary>An entry's path, if it stays inside the folder: relative, no <c>..</c>, no backslash, no
    /// drive.</summary>
    private static string Checked(string path)
    {
        var segments = path.Split('/');
        if (path.Length == 0 || path.StartsWith('/') || path.Contains('\\') || path.Contains(':')
            || path.Any(char.IsControl) || segments.Any(s => s is ".." or ".")
            || segments.SkipLast(1).Any(s => s.Length == 0))
            throw Bad(Problem.Shown(path), path, "is not a path inside the record folder; expected a relative path "
                + "with / between folders and no .., e.g. operations/kfor.yaml");
        return path;
    }

    /// <summary>
    /// The one top folder every file lies in (with its slash), if none of them is a part of the record itself
    /// (<c>legal-acts/</c>, <c>operations/</c>, the calendar); else "".
    /// </summary>
    private static string CommonTop(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0 || paths.Any(p => !p.Contains('/'))) return "";
        var top = paths[0][..(paths[0].IndexOf('/') + 1)];
        return paths.All(p => p.StartsWith(top, StringComparison.Ordinal))
            && top is not ("legal-acts/" or "operations/") ? top : "";
    }

    private static string Text(string path, ZipArchiveEntry entry, ImportLimits limits, ref long unpacked)
    {
        // The sizes the archive states are not trusted: a zip bomb states small ones. Read at most one byte more
        // than may be left, and count what was read.
        var room = limits.MostUnpackedBytes - unpacked;
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        try
        {
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > room)
                    throw new TooLargeException($"The files unpack to more than {limits.MostUnpackedBytes:N0} bytes "
                        + $"(at '{Problem.Shown(path)}')");
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw Bad(path, null, $"cannot be unpacked ({e.Message}); expected a zip as zip or 7z make it");
        }
        unpacked += buffer.Length;
        try
        {
            var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
            return utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw Bad(path, null, "is not UTF-8 text; expected a YAML file in UTF-8");
        }
    }

    private static ProblemException Bad(string field, string? value, string said) =>
        new(Problem.Saying(field, value,
            $"{(field == "body" ? "the zip" : $"'{field}' in the zip")} {said}. Nothing was written."));
}

/// <summary>An upload above a size limit (413): nothing was written.</summary>
internal sealed class TooLargeException(string message) : Exception(message);
