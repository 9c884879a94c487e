using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using Mandates.Core.UseCases;
using Mandates.Storage;
using NodaTime;

namespace Mandates.Cli;

/// <summary>
/// The command line's side of a <see cref="Session"/>: it reads --db, --data and --user (or their
/// variables) from the parsed command, makes the session the first time a command needs it, and says on
/// stderr what the session notes. What a session does (open, fill, fold, read the law) is Core's.
/// </summary>
internal sealed class CommandContext(Output output, TextWriter error, IClock clock, int snapshotAfter) : IDisposable
{
    private Session? session;
    private ParseResult? parsed;

    public Output Output { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>The session of this command, made from its options the first time it is asked for.</summary>
    public Session Session(ParseResult parsed)
    {
        if (session is not null) return session;
        this.parsed = parsed;
        var caller = new Caller(clock, () => User(parsed));
        var progress = new ProgressBars(Output, parsed.GetValue(CliApp.JsonOption));
        var opener = new StoreOpener(parsed.GetValue(CliApp.DbOption),
            warning => Error.WriteLine($"warning: {warning}"));
        var store = new StoreSession(opener, progress, snapshotAfter, Note);
        var folder = DataFolder(parsed) is var (path, namedBy)
            ? (path, FieldNames.Field(namedBy))
            : ((string, string)?)null;
        return session = new Session(caller, store, new LawSource(store, caller, RecordFolders.Instance, folder, Note));
    }

    /// <summary>Says a session's note on stderr, each field named as the command line names it.</summary>
    private void Note(FormattableString note) =>
        Error.WriteLine($"note: {Problem.Render(note, new FieldNames(parsed).Of)}");

    /// <summary>Today: the day in Berlin (see <see cref="Caller.Today"/>).</summary>
    public LocalDate Today => Caller.DayOf(clock.GetCurrentInstant());

    public LocalDate DateOr(ParseResult parsed, Option<string?> option) =>
        parsed.GetValue(option) is { } text ? Arguments.Date(option.Name, text) : Today;

    /// <summary>
    /// Who records a write: --user, else $MANDATES_USER, else the login name. Never blank: every write is
    /// attributed. Read only where a write needs it (a command that only reads is not stopped by a bad MANDATES_USER).
    /// </summary>
    public static string User(ParseResult parsed) =>
        parsed.GetValue(CliApp.UserOption) is { } option ? Arguments.User("--user", option)
        : Environment.GetEnvironmentVariable("MANDATES_USER") is { } variable
            ? Arguments.User("MANDATES_USER", variable)
        : Environment.UserName;

    public IEventStore Store(ParseResult parsed) => Session(parsed).Store.Store(Session(parsed).Caller);

    /// <summary>The store, as messages name it, if it was opened.</summary>
    public string StoreDescription => session?.Store.Description ?? "(not opened)";

    public LedgerState State(ParseResult parsed) => Session(parsed).Store.State(Session(parsed).Caller);

    /// <summary>Ends a command that answered (see <see cref="Core.UseCases.Session.Finish"/>).</summary>
    public void Finish() => session?.Finish();

    public void Dispose() => session?.Dispose();

    /// <summary>
    /// The record folder given by --data or $MANDATES_DATA (and which of them named it), read instead of the store's
    /// record; null for the store's.
    /// </summary>
    public static (string Folder, string NamedBy)? DataFolder(ParseResult parsed) =>
        parsed.GetValue(CliApp.DataOption) is { } option ? (option, "--data")
        : Environment.GetEnvironmentVariable("MANDATES_DATA") is { } variable ? (variable, "MANDATES_DATA")
        : null;

    /// <summary>
    /// Stops a command the law plays no part in (verify, history) or that names its own record folder
    /// (import) when --data is given: silently ignored, it would let a user believe it was read.
    /// MANDATES_DATA only earns a note on stderr: it is set once in a shell, not typed for this command, and
    /// the answer does not depend on it, so refusing would make a user unset it to check a store or to import.
    /// </summary>
    public void RefuseDataOption(ParseResult parsed, string command, string why)
    {
        if (parsed.GetValue(CliApp.DataOption) is { } folder)
            throw new BadInputException(
                $"--data: `{command}` {why}, so the record folder '{folder}' would not be read; expected no --data.");
        if (DataFolder(parsed) is var (variable, _))
            Error.WriteLine($"note: MANDATES_DATA: `{command}` {why}, so the record folder '{variable}' is not read "
                + "(unset MANDATES_DATA to leave out this note).");
    }

    /// <summary>
    /// Stops a command that writes when a record folder is given: every write follows the law the store
    /// holds, and a record folder is only for trying a law before importing it (a tour written under a
    /// ceiling the store does not hold would break the store's own).
    /// </summary>
    public static void RefuseRecordFolder(ParseResult parsed, string command)
    {
        if (DataFolder(parsed) is var (folder, namedBy))
            throw new BadInputException($"{namedBy}: `{command}` writes under the law the store holds, "
                + $"but '{folder}' is a record folder, for trying a law before importing it; "
                + $"expected no {namedBy}, or `mandates import {folder}` first.");
    }

    /// <summary>
    /// What every writing command checks before it opens the store: no record folder, and a user to
    /// attribute the write to. Opening may create the store and fill it with the bundled record, so
    /// a command that is refused for its arguments must be refused before (bad input writes nothing).
    /// </summary>
    public static void BeforeWriting(ParseResult parsed, string command)
    {
        RefuseRecordFolder(parsed, command);
        User(parsed);
    }

    /// <summary>
    /// The instant a command that reads the law is asked about (--as-recorded-at), if any, checked by the session.
    /// </summary>
    public Instant? AsRecordedAt(ParseResult parsed, Option<string?> option) =>
        parsed.GetValue(option) is { } text
            ? Session(parsed).AsRecordedAt(Arguments.Instant(option.Name, text), FieldNames.Field(option.Name))
            : null;}
