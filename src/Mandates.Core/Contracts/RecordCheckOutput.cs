using Mandates.Core.Records;
using Mandates.Core.UseCases;

namespace Mandates.Core.Contracts;

/// <summary><c>data check</c>'s output: every problem of the record, each at its place; none for a clean
/// record.</summary>
/// <param name="Record">Which record was checked, in words.</param>
/// <param name="Files">How many files it has.</param>
/// <param name="Loaded">Whether every file loads (the checks across the record run only then).</param>
public sealed record RecordCheckOutput(int SchemaVersion, string Record, int Files, bool Loaded, bool Clean,
    IReadOnlyList<RecordProblemOutput> Problems)
{
    public static RecordCheckOutput Of(CheckRecordResult checkedRecord) => new(Contract.SchemaVersion,
        checkedRecord.Record, checkedRecord.Files, checkedRecord.Loaded, checkedRecord.Clean,
        [.. checkedRecord.Problems.Select(RecordProblemOutput.Of)]);
}

/// <summary>One problem: its place, the field, the value found (null where none was) and what was expected.</summary>
/// <param name="Message">The whole line, as the text output writes it.</param>
public sealed record RecordProblemOutput(string File, int Line, int Column, string Field, string? Value,
    string Expected, string Message)
{
    public static RecordProblemOutput Of(LoadError e) =>
        new(e.File, e.Line, e.Column, e.Field, e.Value, e.Expected, e.ToString());
}
