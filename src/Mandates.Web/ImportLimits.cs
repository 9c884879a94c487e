namespace Mandates.Web;

/// <summary>
/// How large a record folder <c>POST /api/import</c> takes: far above any record (the bundled one is 61 files,
/// 0.9 MB of YAML; one fifteen times larger still fits), far below what would strain the server.
/// </summary>
/// <param name="MostBodyBytes">The zip as sent (413 above it).</param>
/// <param name="MostUnpackedBytes">Its files unpacked, together (413 above it: a zip bomb states small sizes).</param>
/// <param name="MostEntries">Entries in the zip, folders and other files included (400 above it).</param>
/// <param name="MostFiles">YAML files in the zip (400 above it).</param>
public sealed record ImportLimits(long MostBodyBytes = 32 << 20, long MostUnpackedBytes = 128 << 20,
    int MostEntries = 4_000, int MostFiles = 2_000);
