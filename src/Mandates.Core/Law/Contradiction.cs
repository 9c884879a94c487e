namespace Mandates.Core.Law;

/// <summary>
/// A fact the law does not allow beside the others, e.g. a vote dated before its motion was
/// distributed, or "adopted" with more no than yes votes. It is named by its field in the record format
/// (docs/record-format.md), relative to its block (a mandate, a change to a legal act), with the value
/// found and what was expected; so the loader can place it in a file, and `mandates record` can name
/// the option that set it.
/// </summary>
public sealed record Contradiction(string Field, string? Value, string Expected)
{
    /// <summary>
    /// The same contradiction seen from the other fact it involves, if any: for a caller that set that
    /// fact (a cabinet decision recorded after the vote is wrong as the cabinet's day, not the vote's).
    /// </summary>
    public Contradiction? Other { get; init; }

    public override string ToString() => $"{(Value is null ? "" : $"'{Value}' is not valid; ")}expected {Expected}";
}
