using System.Text.RegularExpressions;

namespace Mandates.Core.Ledger;

/// <summary>
/// A pseudonymous service identifier, e.g. <c>P-4711</c>. Never a name: the ledger holds no names,
/// only these identifiers, which the ministry maps to people outside Mandates.
/// </summary>
public readonly partial record struct PersonId
{
    public string Value { get; }

    public PersonId(string value)
    {
        if (!IsValid(value))
            throw new ArgumentException($"A person id is a pseudonymous service identifier of 3 to 32 capital letters, digits and '-' (e.g. P-4711); got '{value}'.", nameof(value));
        Value = value;
    }

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public override string ToString() => Value;

    // \z, not $: $ also matches before a final newline, and "P-4711\n" would pass for a second person.
    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9-]{2,31}\z")]
    private static partial Regex Pattern();
}
