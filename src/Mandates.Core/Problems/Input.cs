using System.Globalization;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using NodaTime;
using NodaTime.Text;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.Problems;

/// <summary>
/// Reads the values users give (typed on a command line, sent in a request), refusing a bad one with a
/// <see cref="Problem"/> that names the field in the domain's words, the value and an example. Every host
/// reads its input through these, so a value is taken or refused alike wherever it comes from.
/// </summary>
public static class Input
{
    private static readonly string DayRange = $"from {Days.Format(Days.Earliest)} to {Days.Format(Days.Latest)}";

    /// <summary>A calendar day, YYYY-MM-DD, within the days the record speaks of.</summary>
    public static LocalDate Date(string field, string text) =>
        Days.Parse(text) ?? throw new ProblemException(LocalDatePattern.Iso.Parse(text).Success
            // A real day outside the range: calling it no calendar day would send the user looking for a typo.
            ? Expecting(field, text, $"is outside the days the record speaks of", $"a day {DayRange}", "2025-07-01")
            : Expecting(field, text, $"is not a calendar day", $"YYYY-MM-DD {DayRange}", "2025-07-01"));

    /// <summary>A day, or 'open' (any case) for none: a mandate's end, a legal act's last day.</summary>
    public static LocalDate? DayOrOpen(string field, string text) =>
        text.Equals("open", StringComparison.OrdinalIgnoreCase) ? null
            : Days.Parse(text) ?? throw new ProblemException(Expecting(field, text,
                $"is neither a calendar day nor 'open'", $"YYYY-MM-DD {DayRange}, e.g. 2026-10-31, or open"));

    /// <summary>An instant: an ISO 8601 time with its offset from UTC (Z, or e.g. +01:00).</summary>
    public static Instant Instant(string field, string text) =>
        OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } parsed ? parsed.Value.ToInstant()
            : throw new ProblemException(Expecting(field, text, $"is not an instant",
                Join(
                    $"an ISO 8601 time with its offset from UTC, ",
                    $"like 2025-07-02T00:00:00Z or 2025-07-02T02:00:00+02:00 ",
                    $"(at most 9 decimals of a second)")));

    /// <summary>Refuses a day outside those the ledger covers (no tour can be recorded there).</summary>
    public static void Covered(string field, LocalDate day)
    {
        if (StrengthIndex.NotCovered(field, day) is { } problem) throw new ProblemException(problem);
    }

    /// <summary>A number of persons, from 0 to the most a ceiling may be.</summary>
    public static int Persons(string field, string text) =>
        Whole(text) is { } n && n <= Law.Ceiling.MaxPersons ? n
            : throw new ProblemException(Expecting(field, text, $"is not a number of persons",
                $"a whole number from 0 to {Law.Ceiling.MaxPersons:N0}", "50"));

    /// <summary>A count of votes in the Bundestag.</summary>
    public static int Votes(string field, string text) =>
        Whole(text) is { } n && n <= PlenaryVote.MostMembers ? n
            : throw new ProblemException(Expecting(field, text, $"is not a count of votes",
                $"a whole number from 0 to {PlenaryVote.MostMembers:N0} (the Bundestag's members)", "391"));

    /// <summary>A new mandate's id.</summary>
    public static MandateId MandateId(string field, string text) =>
        Law.MandateId.IsValid(text) ? new MandateId(text)
            : throw new ProblemException(Expecting(field, text, $"is not a mandate id",
                $"letters, digits, '-' or '.'", "KFOR-2026"));

    /// <summary>One of the words a field allows (any case).</summary>
    public static T Word<T>(string field, string text, IReadOnlyDictionary<string, T> words) where T : struct =>
        words.TryGetValue(text.ToLowerInvariant(), out var value) ? value
            : throw new ProblemException(Saying(field, text,
                $"'{Shown(text)}' is not one of {string.Join(", ", words.Keys)}.",
                $"one of {string.Join(", ", words.Keys)}", words.Keys.First()));

    /// <summary>A whole number of 1 or more; <paramref name="example"/> is one that fits the field.</summary>
    public static int Count(string field, string text, int example) =>
        Whole(text) is { } n && n > 0 ? n
            : throw new ProblemException(Expecting(field, text, $"is not a count", $"a whole number of 1 or more",
                example.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A ledger position: a whole number of 1 or more (positions run past what an int holds).</summary>
    public static long Position(string field, string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : throw new ProblemException(Expecting(field, text, $"is not a ledger position",
                $"a whole number of 1 or more", "10"));

    /// <summary>A ceiling: the most soldiers at once.</summary>
    public static Ceiling Ceiling(string field, string text) =>
        Whole(text) is { } n && n is > 0 and <= Law.Ceiling.MaxPersons ? new Ceiling(n)
            : throw new ProblemException(Expecting(field, text, $"is not a ceiling",
                $"the most soldiers at once, a whole number from 1 to {Law.Ceiling.MaxPersons:N0}", "400"));

    /// <summary>The document a fact comes from.</summary>
    public static string Source(string field, string text) => Text(field, text,
        "the document this fact comes from, a link or a citation, e.g. \"Drucksache 21/230\" or "
        + "https://dip.bundestag.de/…");

    /// <summary>A mandate the record holds (case ignored).</summary>
    public static Mandate Mandate(LegalRecord record, string field, string text)
    {
        if (record.FindMandate(text) is { } mandate) return mandate;
        var expected = MandatesLike(record, text);
        throw new ProblemException(Saying(field, text,
            Join($"'{Shown(text)}' is not a mandate in the record; ", $"expected {expected}."), $"{expected}"));
    }

    /// <summary>
    /// What a mandate id that names none should have been: the mandates of the operation it begins with, or
    /// else the record's, listed whole only while a reader can take them in (the record holds well over a hundred).
    /// </summary>
    private static string MandatesLike(LegalRecord record, string text)
    {
        var operation = record.Operations
            .Where(o => text.StartsWith(o.Id.Value + "-", StringComparison.OrdinalIgnoreCase))
            .MaxBy(o => o.Id.Value.Length);
        var ids = (operation?.Mandates ?? record.Mandates).Select(m => m.Id.Value).ToList();
        var whose = operation is null ? "the record's" : $"{operation.Id.Value}'s";
        return ids.Count switch
        {
            0 => $"a mandate of another operation: {operation!.Id.Value} has none",
            <= 12 => $"one of {whose} mandates: {string.Join(", ", ids)}",
            _ when operation is null => $"one of the record's {ids.Count} mandates, each an operation's id and the "
                + $"year of its consent (e.g. {record.Operations[0].Mandates.LastOrDefault()?.Id.Value ?? ids[^1]})",
            _ => $"one of {whose} {ids.Count} mandates, an operation's id and the year of its consent, "
                + $"{ids[0]} to {ids[^1]}",
        };
    }

    /// <summary>A ceiling exception clause a request relies on.</summary>
    public static CeilingExceptionKind ExceptionKind(string field, string text) =>
        CeilingExceptionWords.All.TryGetValue(text.ToLowerInvariant(), out var kind) ? kind
            : throw new ProblemException(Saying(field, text,
                $"'{Shown(text)}' is not an exception clause; expected rotation, transfer or emergency.",
                $"rotation, transfer or emergency", "rotation"));

    /// <summary>
    /// A free text a user gives (who records, a key, a reason, a source): not blank, on one line (it is
    /// printed in tables and messages), and no longer than <paramref name="longest"/> characters.
    /// <paramref name="expected"/> says what belongs there, with an example.
    /// </summary>
    public static string Text(string field, string text, string expected, int longest = 1_000)
    {
        if (!text.Any(Records.Visible.IsVisible))
            throw new ProblemException(Expecting(field, text,
                Join(
                    $"is empty",
                    $"{(text.Length > 0 && text.Trim().Length > 0 ? " to the eye (only invisible characters)" : "")}"),
                $"{expected}"));
        if (text.Any(char.IsControl))
            throw new ProblemException(Expecting(field, text, $"holds a line break or another control character",
                $"one line: {expected}"));
        if (Records.Visible.Hidden(text, layout: false) is { } why)
            throw new ProblemException(Expecting(field, text, $"holds {why}", $"{expected}"));
        if (text.Length > longest)
            throw new ProblemException(Expecting(field, text, $"is {text.Length:N0} characters long",
                $"at most {longest:N0}: {expected}"));
        return text;
    }

    /// <summary>An idempotency key, if given: one request's name, e.g. an order number.</summary>
    /// <remarks>
    /// A token, so that it reads the same in a header, a log and the ledger: 1 to 200 ASCII letters, digits and
    /// <c>- _ . ~ : + / =</c> (a UUID, an order number, base64).
    /// </remarks>
    public static string? Key(string field, string? text)
    {
        if (text is null) return null;
        // One line, not empty, not too long, told as for any text; then the characters of a token.
        Text(field, text, "a name for this one request: 1 to 200 ASCII letters, digits and - _ . ~ : + / =, "
            + "e.g. order-2025-0117", longest: 200);
        FormattableString expected = $"a name for this one request: ASCII letters, digits and - _ . ~ : + / = only";
        var bad = text.IndexOfAnyExcept(KeyCharacters);
        if (bad >= 0)
            throw new ProblemException(Expecting(field, text,
                $"holds '{Problem.Shown(text[bad].ToString())}', which a key may not hold", expected,
                "order-2025-0117"));
        return text;
    }

    private static readonly System.Buffers.SearchValues<char> KeyCharacters = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~:+/=");

    /// <summary>
    /// A task or area as a user names it (its key or title): one line; the law says whether the mandate lists it.
    /// </summary>
    public static string? Element(string field, string? text) => text is null ? null
        : Text(field, text,
            $"a {field} the mandate lists, by its key or title, e.g. {(field == "area" ? "kosovo" : "reconnaissance")}",
            longest: 200);

    /// <summary>Who records a write: every write is attributed to someone.</summary>
    public static string User(string field, string text) =>
        Text(field, text, "who records the write, e.g. clerk", longest: 100);

    /// <summary>A person's pseudonymous service identifier.</summary>
    public static PersonId Person(string field, string text) =>
        PersonId.IsValid(text) ? new PersonId(text)
            : throw new ProblemException(Expecting(field, text, $"is not a pseudonymous service identifier",
                $"3 to 32 capital letters, digits and '-'", "P-4711 (never a name)"));

    /// <summary>An operation the record holds, by its id (any case).</summary>
    public static Operation Operation(LegalRecord record, string text, string field = "operation") =>
        record.FindOperation(text) ?? throw new ProblemException(Saying(field, text,
            Join(
                $"'{Shown(text)}' is not in the record{Lookalike(text)}; ",
                $"known operations: {string.Join(", ", record.Operations.Select(o => o.Id))}."),
            $"one of {string.Join(", ", record.Operations.Select(o => o.Id))}",
            record.Operations.FirstOrDefault()?.Id.Value));

    /// <summary>
    /// A task or area some mandate of <paramref name="operation"/> lists, by its key or title: one no mandate
    /// of the operation ever listed is a slip of the keyboard, not a question for the law. Whether the mandate
    /// in force on a day lists it is the law's to say.
    /// </summary>
    public static string Listed(Operation operation, string field, string text,
        Func<Mandate, IEnumerable<MandateElement>> elements)
    {
        var known = operation.Mandates.SelectMany(elements).DistinctBy(e => e.Key).ToList();
        // An operation whose mandates list none leaves the answer to the law ("it lists none").
        if (known.Count == 0 || known.Any(e => e.IsNamedBy(text))) return text;
        throw new ProblemException(Saying(field, text,
            Join(
                $"'{Shown(text)}' is no {field} any mandate of {operation.Id} lists{Lookalike(text)}; ",
                $"expected one of {string.Join(", ", known.Select(e => e.Key))}."),
            $"one of {string.Join(", ", known.Select(e => e.Key))}", known.FirstOrDefault()?.Key));
    }

    /// <summary>", and ITS Nth CHARACTER IS …" where a character only looks like a Latin letter.</summary>
    private static string Lookalike(string text) => Lookalikes.Explain(text) is { } why ? $" ({why})" : "";

    private static int? Whole(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
