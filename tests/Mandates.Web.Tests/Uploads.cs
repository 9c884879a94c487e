using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using Mandates.Storage;

namespace Mandates.Web.Tests;

/// <summary>Record folders zipped as a client sends them to POST /api/import.</summary>
internal static class Uploads
{
    /// <summary>The bundled record's files by relative path.</summary>
    public static Dictionary<string, string> Bundled()
    {
        var folder = RecordFolders.Instance.BundledFolder;
        return Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);
    }

    /// <summary>The bundled record with one operation's note changed: one file differs.</summary>
    public static Dictionary<string, string> Changed(string said = "no official source seen yet.")
    {
        var files = Bundled();
        var kfor = files["operations/kfor.yaml"];
        if (!kfor.Contains("no official source seen.", StringComparison.Ordinal))
            throw new InvalidOperationException("operations/kfor.yaml no longer holds the note this test changes.");
        files["operations/kfor.yaml"] = kfor.Replace("no official source seen.", said, StringComparison.Ordinal);
        return files;
    }

    /// <summary>The files zipped under their names (which may be anything, a path that climbs out say).</summary>
    public static byte[] Zip(IReadOnlyDictionary<string, string> files) =>
        Zip(files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)));

    /// <summary>The files zipped as bytes (which may be no UTF-8).</summary>
    public static byte[] Zip(IReadOnlyDictionary<string, byte[]> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (path, bytes) in files)
            {
                using var entry = zip.CreateEntry(path).Open();
                entry.Write(bytes);
            }
        return buffer.ToArray();
    }

    public static async Task<Answer> Import(this HttpClient client, byte[] body, string? key = null,
        string media = "application/zip")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import")
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(media);
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return await Answer.Of(await client.SendAsync(request));
    }
}
