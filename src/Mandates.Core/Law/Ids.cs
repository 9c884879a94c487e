using System.Text.RegularExpressions;

namespace Mandates.Core.Law;

/// <summary>The identifier of an operation (a deployment), e.g. <c>KFOR</c>. Users may type it in any case.</summary>
public readonly partial record struct OperationId
{
    public string Value { get; }

    public OperationId(string value)
    {
        if (value is null || !Pattern().IsMatch(value))
            throw new ArgumentException($"An operation id is letters, digits and '-', starting with a letter (e.g. KFOR); got '{value}'.", nameof(value));
        Value = value;
    }

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    /// <summary>Whether a user's spelling names this operation (case does not matter).</summary>
    public bool IsNamedBy(string text) => string.Equals(Value, text, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Value;

    // \z, not $: $ also matches before a final newline, and "KFOR\n" would pass for another operation.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9-]{0,63}\z")]
    private static partial Regex Pattern();
}

/// <summary>The identifier of a legal act in the record, e.g. <c>unscr-1244</c>.</summary>
public readonly partial record struct LegalActId
{
    public string Value { get; }

    public LegalActId(string value)
    {
        if (value is null || !Pattern().IsMatch(value))
            throw new ArgumentException($"A legal act id is lower-case letters, digits, '-' or '.', starting with a letter (e.g. unscr-1244); got '{value}'.", nameof(value));
        Value = value;
    }

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public override string ToString() => Value;

    [GeneratedRegex(@"^[a-z][a-z0-9.-]{0,99}\z")]
    private static partial Regex Pattern();
}

/// <summary>The identifier of one Bundestag mandate (one decision), e.g. <c>KFOR-2025</c>.</summary>
public readonly partial record struct MandateId
{
    public string Value { get; }

    public MandateId(string value)
    {
        if (value is null || !Pattern().IsMatch(value))
            throw new ArgumentException($"A mandate id is letters, digits, '-' or '.', starting with a letter (e.g. KFOR-2025); got '{value}'.", nameof(value));
        Value = value;
    }

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public override string ToString() => Value;

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9.-]{0,99}\z")]
    private static partial Regex Pattern();
}
