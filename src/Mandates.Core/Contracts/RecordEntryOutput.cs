using Mandates.Core.Ledger;

namespace Mandates.Core.Contracts;

/// <summary>A ledger entry holding a record file, as a decision recorded wrote it.</summary>
/// <param name="Position">The entry's ledger position.</param>
/// <param name="File">The record file it holds, e.g. operations/kfor.yaml.</param>
/// <param name="Supersedes">The position of the file's earlier version; null for a new file.</param>
public sealed record RecordEntryOutput(long Position, string File, long? Supersedes)
{
    public static RecordEntryOutput Of(LedgerEvent entry)
    {
        var file = LedgerPayload.Read<RecordEvents.FilePayload>(entry);
        return new(entry.Position, file.Path, file.Supersedes);
    }
}
