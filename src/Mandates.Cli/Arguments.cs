using System.Globalization;
using Mandates.Core.Law;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Cli;

/// <summary>Reads the values users type, refusing bad ones with a message that names the argument, the value and an example.</summary>
internal static class Arguments
{
    public static LocalDate Date(string option, string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success) return result.Value;
        throw new BadInputException($"{option}: '{text}' is not a calendar day; expected YYYY-MM-DD, e.g. 2025-07-01.");
    }

    /// <summary>More than any armed forces have; keeps every sum of persons far from overflowing.</summary>
    public const int MaxPersons = 1_000_000;

    public static int Persons(string option, string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= MaxPersons) return n;
        throw new BadInputException($"{option}: '{text}' is not a number of persons; expected a whole number from 0 to {MaxPersons:N0}, e.g. 50.");
    }

    public static CeilingExceptionKind ExceptionKind(string option, string text) => text.ToLowerInvariant() switch
    {
        "rotation" => CeilingExceptionKind.Rotation,
        "transfer" => CeilingExceptionKind.Transfer,
        "emergency" => CeilingExceptionKind.Emergency,
        _ => throw new BadInputException($"{option}: '{text}' is not an exception clause; expected rotation, transfer or emergency."),
    };

    public static Operation Operation(LegalRecord record, string text) =>
        record.FindOperation(text) ?? throw new BadInputException(
            $"operation: '{text}' is not in the record; known operations: {string.Join(", ", record.Operations.Select(o => o.Id))}.");
}
