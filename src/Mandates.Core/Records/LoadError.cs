namespace Mandates.Core.Records;

/// <summary>
/// One problem in a record file: where it is (file, line, column, field), the value found and what was
/// expected, e.g. <c>operations/kfor.yaml:41:11: mandates[13].vote.date: '2025-13-01' is not valid; expected a calendar day like 2025-06-26</c>.
/// </summary>
public sealed record LoadError(string File, int Line, int Column, string Field, string? Value, string Expected)
{
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {Field}: {(Value is null ? "" : $"'{Visible.Shown(Value)}' is not valid; ")}expected {Expected}";
}

/// <summary>The text of one record file, named by its path inside the record folder (e.g. <c>operations/kfor.yaml</c>).</summary>
public sealed record RecordFile(string Path, string Text);
