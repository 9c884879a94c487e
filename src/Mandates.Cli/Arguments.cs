using System.Globalization;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Cli;

/// <summary>Reads the values users type, refusing bad ones with a message that names the argument, the value and an example.</summary>
internal static class Arguments
{
    public static LocalDate Date(string option, string text) =>
        Days.Parse(text) ?? throw new BadInputException(LocalDatePattern.Iso.Parse(text).Success
            // A real day outside the range: calling it no calendar day would send the user looking for a typo.
            ? $"{option}: '{Shown(text)}' is outside the days the record speaks of; expected a day from {Days.Format(Days.Earliest)} to {Days.Format(Days.Latest)}, e.g. 2025-07-01."
            : $"{option}: '{Shown(text)}' is not a calendar day; expected YYYY-MM-DD from {Days.Format(Days.Earliest)} to {Days.Format(Days.Latest)}, e.g. 2025-07-01.");

    /// <summary>A day, or 'open' (any case) for none: a mandate's end, a legal act's last day.</summary>
    public static LocalDate? DayOrOpen(string option, string text) =>
        text.Equals("open", StringComparison.OrdinalIgnoreCase) ? null
            : Days.Parse(text) ?? throw new BadInputException(
                $"{option}: '{Shown(text)}' is neither a calendar day nor 'open'; expected YYYY-MM-DD from {Days.Format(Days.Earliest)} to {Days.Format(Days.Latest)}, e.g. 2026-10-31, or open.");

    public static Instant Instant(string option, string text) =>
        InstantPattern.ExtendedIso.Parse(text) is { Success: true } parsed ? parsed.Value
            : throw new BadInputException($"{option}: '{Shown(text)}' is not an instant; expected an ISO 8601 UTC time like 2025-07-02T00:00:00Z (ending in Z, no offset, at most 9 decimals of a second).");

    /// <summary>Refuses a day outside those the ledger covers (no tour can be recorded there).</summary>
    public static void Covered(string option, LocalDate day)
    {
        if (Core.Ledger.StrengthIndex.NotCovered(option, day) is { } message) throw new BadInputException(message);
    }

    public static int Persons(string option, string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= Core.Law.Ceiling.MaxPersons) return n;
        throw new BadInputException($"{option}: '{Shown(text)}' is not a number of persons; expected a whole number from 0 to {Core.Law.Ceiling.MaxPersons:N0}, e.g. 50.");
    }

    /// <summary>A count of votes in the Bundestag.</summary>
    public static int Votes(string option, string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= PlenaryVote.MostMembers) return n;
        throw new BadInputException($"{option}: '{Shown(text)}' is not a count of votes; expected a whole number from 0 to {PlenaryVote.MostMembers:N0} (the Bundestag's members), e.g. 391.");
    }

    public static MandateId MandateId(string option, string text) =>
        Core.Law.MandateId.IsValid(text) ? new MandateId(text)
            : throw new BadInputException($"{option}: '{Shown(text)}' is not a mandate id; expected letters, digits, '-' or '.', e.g. KFOR-2026.");

    public static T Word<T>(string option, string text, IReadOnlyDictionary<string, T> words) where T : struct =>
        words.TryGetValue(text.ToLowerInvariant(), out var value) ? value
            : throw new BadInputException($"{option}: '{Shown(text)}' is not one of {string.Join(", ", words.Keys)}.");

    /// <summary>A whole number of 1 or more; <paramref name="example"/> is one that fits the option.</summary>
    public static int Count(string option, string text, int example)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) return n;
        throw new BadInputException($"{option}: '{Shown(text)}' is not a count; expected a whole number of 1 or more, e.g. {example.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>A ledger position: a whole number of 1 or more (positions run past what an int holds).</summary>
    public static long Position(string option, string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : throw new BadInputException($"{option}: '{Shown(text)}' is not a ledger position; expected a whole number of 1 or more, e.g. 10.");

    public static Ceiling Ceiling(string option, string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= Core.Law.Ceiling.MaxPersons) return new Ceiling(n);
        throw new BadInputException($"{option}: '{Shown(text)}' is not a ceiling; expected the most soldiers at once, a whole number from 1 to {Core.Law.Ceiling.MaxPersons.ToString("N0", CultureInfo.InvariantCulture)}, e.g. 400.");
    }

    /// <summary>The document a fact comes from.</summary>
    public static string Source(string option, string text) =>
        Text(option, text, "the document this fact comes from, a link or a citation, e.g. \"Drucksache 21/230\" or https://dip.bundestag.de/…");

    /// <summary>A mandate the record holds.</summary>
    public static Mandate Mandate(LegalRecord record, string option, string text)
    {
        return record.FindMandate(text) ?? throw new BadInputException(
            $"{option}: '{Shown(text)}' is not a mandate in the record; expected one of {string.Join(", ", record.Mandates.Select(m => m.Id))}.");
    }

    public static CeilingExceptionKind ExceptionKind(string option, string text) =>
        CeilingExceptionWords.All.TryGetValue(text.ToLowerInvariant(), out var kind) ? kind
            : throw new BadInputException($"{option}: '{Shown(text)}' is not an exception clause; expected rotation, transfer or emergency.");

    /// <summary>
    /// A free text a user types (who records, a key, a reason, a source): not blank, on one line (it is
    /// printed in tables and messages), and no longer than <paramref name="longest"/> characters.
    /// <paramref name="expected"/> says what belongs there, with an example.
    /// </summary>
    public static string Text(string option, string text, string expected, int longest = 1_000)
    {
        if (!text.Any(Core.Records.Visible.IsVisible))
            throw new BadInputException($"{option}: '{Shown(text)}' is empty{(text.Length > 0 && text.Trim().Length > 0 ? " to the eye (only invisible characters)" : "")}; expected {expected}.");
        if (text.Any(char.IsControl))
            throw new BadInputException($"{option}: '{Shown(text)}' holds a line break or another control character; expected one line: {expected}.");
        if (Core.Records.Visible.Hidden(text, layout: false) is { } why)
            throw new BadInputException($"{option}: '{Shown(text)}' holds {why}; expected {expected}.");
        if (text.Length > longest)
            throw new BadInputException($"{option}: '{Shown(text)}' is {text.Length:N0} characters long; expected at most {longest:N0}: {expected}.");
        return text;
    }

    /// <summary>An idempotency key, if given: one request's name, e.g. an order number.</summary>
    public static string? Key(string? text) => text is null ? null : Text("--key", text, "a name for this one request, e.g. order-2025-0117", longest: 200);

    /// <summary>A task or area as a user names it (its key or title): one line; the law says whether the mandate lists it.</summary>
    public static string? Element(string option, string? text) =>
        text is null ? null : Text(option, text, $"a {option.TrimStart('-')} the mandate lists, by its key or title, e.g. {(option == "--area" ? "kosovo" : "reconnaissance")}", longest: 200);

    /// <summary>Who records a write (--user, MANDATES_USER): every write is attributed to someone.</summary>
    public static string User(string option, string text) => Text(option, text, "who records the write, e.g. clerk", longest: 100);

    /// <summary>A value as a message shows it: control characters escaped, and cut short if long.</summary>
    public static string Shown(string text) => Core.Records.Visible.Shown(text, 60);

    public static PersonId Person(string option, string text) =>
        PersonId.IsValid(text) ? new PersonId(text)
            : throw new BadInputException($"{option}: '{Shown(text)}' is not a pseudonymous service identifier; expected 3 to 32 capital letters, digits and '-', e.g. P-4711 (never a name).");

    /// <param name="record">The law that names the operations.</param>
    /// <param name="text">What the user typed.</param>
    /// <param name="option">Where: the command's operation argument, or an option such as --operation.</param>
    public static Operation Operation(LegalRecord record, string text, string option = "operation") =>
        record.FindOperation(text) ?? throw new BadInputException(
            $"{option}: '{Shown(text)}' is not in the record; known operations: {string.Join(", ", record.Operations.Select(o => o.Id))}.");
}
