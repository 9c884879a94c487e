namespace Mandates.Reports;

/// <summary>
/// Where a printed document waits before it is renamed into place, so that a reader never sees half a file.
/// </summary>
internal static class ReportFile
{
    /// <summary>A hidden name beside <paramref name="full"/> to write under before the rename.</summary>
    internal static string Partial(string full) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.part");
}
