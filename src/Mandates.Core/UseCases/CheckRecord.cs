using Mandates.Core.Records;

namespace Mandates.Core.UseCases;

/// <summary>"Does the record hold together?"</summary>
public sealed record CheckRecordRequest;

/// <summary>The answer: every problem found, each at its file, line, column and field; none for a clean
/// record.</summary>
/// <param name="Record">Which record was checked, in words ("the bundled record", "the record in 'DIR'").</param>
/// <param name="Files">How many files it has.</param>
/// <param name="Loaded">Whether every file loads; the checks across the record run only then.</param>
public sealed record CheckRecordResult(string Record, int Files, bool Loaded, IReadOnlyList<LoadError> Problems)
{
    public bool Clean => Problems.Count == 0;
}

/// <summary>
/// Checks the record the law is read from (a record folder, the store's, or for a store not created yet the bundled
/// one, without creating the store): every file loads (every problem the loader finds, in every file), and then
/// what <see cref="RecordChecks"/> checks across it. A record with problems is a normal answer here, not bad input.
/// </summary>
public static class CheckRecord
{
    public static CheckRecordResult Run(Session session, CheckRecordRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (files, named) = session.Law.Files();
        var loaded = RecordLoader.Load(files);
        if (loaded.Record is not { } record) return new CheckRecordResult(named, files.Count, false, loaded.Errors);
        return new CheckRecordResult(named, files.Count, true, RecordChecks.Of(record, files));
    }
}
