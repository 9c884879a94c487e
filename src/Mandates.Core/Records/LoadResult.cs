using Mandates.Core.Law;

namespace Mandates.Core.Records;

/// <summary>The outcome of loading a record: the record, or every problem found and no record at all.</summary>
public sealed record LoadResult(LegalRecord? Record, IReadOnlyList<LoadError> Errors)
{
    public bool Succeeded => Record is not null;
}
