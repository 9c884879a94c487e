using Mandates.Core.Law;
using Mandates.Core.Ledger;
using NodaTime;
using Mandates.Core.Problems;

namespace Mandates.Cli;

/// <summary>Reads the values users type through <see cref="Input"/>, naming each by its option.</summary>
internal static class Arguments
{
    private static string F(string option) => FieldNames.Field(option);

    public static LocalDate Date(string option, string text) => Input.Date(F(option), text);

    /// <summary>A day, or 'open' (any case) for none: a mandate's end, a legal act's last day.</summary>
    public static LocalDate? DayOrOpen(string option, string text) => Input.DayOrOpen(F(option), text);

    public static Instant Instant(string option, string text) => Input.Instant(F(option), text);

    /// <summary>Refuses a day outside those the ledger covers (no tour can be recorded there).</summary>
    public static void Covered(string option, LocalDate day) => Input.Covered(F(option), day);

    public static int Persons(string option, string text) => Input.Persons(F(option), text);

    /// <summary>A count of votes in the Bundestag.</summary>
    public static int Votes(string option, string text) => Input.Votes(F(option), text);

    public static MandateId MandateId(string option, string text) => Input.MandateId(F(option), text);

    public static T Word<T>(string option, string text, IReadOnlyDictionary<string, T> words) where T : struct =>
        Input.Word(F(option), text, words);

    /// <summary>A whole number of 1 or more; <paramref name="example"/> is one that fits the option.</summary>
    public static int Count(string option, string text, int example) => Input.Count(F(option), text, example);

    /// <summary>A ledger position: a whole number of 1 or more (positions run past what an int holds).</summary>
    public static long Position(string option, string text) => Input.Position(F(option), text);

    public static Ceiling Ceiling(string option, string text) => Input.Ceiling(F(option), text);

    /// <summary>The document a fact comes from.</summary>
    public static string Source(string option, string text) => Input.Source(F(option), text);

    /// <summary>A mandate the record holds.</summary>
    public static Mandate Mandate(LegalRecord record, string option, string text) =>
        Input.Mandate(record, F(option), text);

    public static CeilingExceptionKind ExceptionKind(string option, string text) =>
        Input.ExceptionKind(F(option), text);

    /// <summary>A free text a user types: see <see cref="Input.Text"/>.</summary>
    public static string Text(string option, string text, string expected, int longest = 1_000) =>
        Input.Text(F(option), text, expected, longest);

    /// <summary>An idempotency key, if given: one request's name, e.g. an order number.</summary>
    public static string? Key(string? text) => Input.Key("idempotencyKey", text);

    /// <summary>
    /// A task or area as a user names it (its key or title): one line; the law says whether the mandate lists it.
    /// </summary>
    public static string? Element(string option, string? text) => Input.Element(F(option), text);

    /// <summary>Who records a write (--user, MANDATES_USER): every write is attributed to someone.</summary>
    public static string User(string option, string text) =>
        Input.User(option == "MANDATES_USER" ? option : F(option), text);

    /// <summary>A value as a message shows it: control characters escaped, and cut short if long.</summary>
    public static string Shown(string text) => Problem.Shown(text);

    public static PersonId Person(string option, string text) => Input.Person(F(option), text);

    /// <param name="record">The law that names the operations.</param>
    /// <param name="text">What the user typed.</param>
    /// <param name="option">Where: the command's operation argument, or an option such as --operation.</param>
    public static Operation Operation(LegalRecord record, string text, string option = "operation") =>
        Input.Operation(record, text, F(option));
}
