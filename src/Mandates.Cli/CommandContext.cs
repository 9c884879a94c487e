using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using Mandates.Storage;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Cli;

/// <summary>What every command shares: where it writes, the clock for "today", the store, the record and the ledger, each opened once.</summary>
internal sealed class CommandContext(Output output, TextWriter error, IClock clock, int snapshotAfter) : IDisposable
{
    private LegalRecord? record;
    private Authoriser? authoriser;
    private IEventStore? store;
    private LedgerState? state;
    private TourLedger? ledger;
    private bool snapshotDue;

    public Output Output { get; } = output;
    public TextWriter Error { get; } = error;
    public IClock Clock => clock;

    /// <summary>How many entries an open folds (or generate appends) before it saves a snapshot: <see cref="LedgerSnapshot.SaveAfter"/>, but in tests.</summary>
    public int SnapshotAfter => snapshotAfter;

    /// <summary>
    /// Today: the day in Berlin, where the Bundestag and the cabinet date their decisions and the ministry its
    /// orders, whatever the clock's or the clerk's own time zone (a decision taken today is never "tomorrow").
    /// </summary>
    public LocalDate Today => DayOf(clock.GetCurrentInstant());

    /// <summary>The day an instant falls on in Berlin (see <see cref="Today"/>).</summary>
    public static LocalDate DayOf(Instant instant) => instant.InZone(Berlin).Date;

    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    public LocalDate DateOr(ParseResult parsed, Option<string?> option) =>
        parsed.GetValue(option) is { } text ? Arguments.Date(option.Name, text) : Today;

    /// <summary>
    /// Who records a write: --user, else $MANDATES_USER, else the login name. Never blank: every write is
    /// attributed. Read only where a write needs it (a command that only reads is not stopped by a bad MANDATES_USER).
    /// </summary>
    public static string User(ParseResult parsed) =>
        parsed.GetValue(CliApp.UserOption) is { } option ? Arguments.User("--user", option)
        : Environment.GetEnvironmentVariable("MANDATES_USER") is { } variable ? Arguments.User("MANDATES_USER", variable)
        : Environment.UserName;

    /// <summary>
    /// Opens the store named by --db, creating a SQLite file on first use. A new store is then filled with the
    /// bundled record (see <see cref="Record"/>), a write attributed to the user: where there is none to
    /// attribute it to (a bad MANDATES_USER, which a command that only reads otherwise passes over), only a
    /// store that exists already is opened, so that the refusal creates nothing.
    /// </summary>
    public IEventStore Store(ParseResult parsed)
    {
        if (store is not null) return store;
        try
        {
            User(parsed);
        }
        catch (Core.Problems.ProblemException bad)
        {
            try
            {
                return store = EventStores.Open(parsed.GetValue(CliApp.DbOption), mustExist: true);
            }
            catch (StoreException e) when (e.DoesNotExist)
            {
                throw new BadInputException($"{bad.Problem.Text(f => f)} A new store is filled with the bundled record on first use, a write attributed to that user; nothing was written.");
            }
        }
        return store = EventStores.Open(parsed.GetValue(CliApp.DbOption));
    }

    /// <summary>The store named by --db, which must exist already: for the commands that only check or read a ledger's history (verify, history).</summary>
    public IEventStore ExistingStore(ParseResult parsed) => store ??= EventStores.Open(parsed.GetValue(CliApp.DbOption), mustExist: true);

    /// <summary>The store, as messages name it, if it was opened.</summary>
    public string StoreDescription => store?.Description ?? "(not opened)";

    /// <summary>
    /// The store's entries, folded once: its newest snapshot and the entries after it. Quick, unless
    /// many entries came after the snapshot (a large store's first open, say): then it shows how far it is.
    /// </summary>
    public LedgerState State(ParseResult parsed)
    {
        if (state is not null) return state;
        // Folded without saving: the snapshot a long fold earns is saved once the command has run (see
        // SaveSnapshot), for the command may yet be refused as bad input, which writes nothing.
        var (toFold, fold) = LedgerSnapshot.Prepare(Store(parsed), saveAfter: int.MaxValue);
        snapshotDue = toFold >= snapshotAfter;
        return state = toFold < LedgerSnapshot.SaveAfter ? fold(null)
            : Output.WithProgress($"Opening the ledger ({toFold:N0} entries)", parsed.GetValue(CliApp.JsonOption), fold);
    }

    /// <summary>The command saved the snapshot of the state itself (generate, after appending): none is due at its end.</summary>
    public void SnapshotSaved() => snapshotDue = false;

    /// <summary>
    /// Saves the state as the store's snapshot if opening it folded <see cref="SnapshotAfter"/> entries or
    /// more: called after a command ran to its end (done or refused by the law), never after bad
    /// input. The state then is the fold of every entry up to its head, the command's own writes included (a
    /// write that failed throws, and never gets here). The snapshot is only a shortcut for the next open: a
    /// store that cannot save it (read-only, say) has answered all the same, and is only told so.
    /// </summary>
    public void SaveSnapshot()
    {
        if (!snapshotDue || state is null) return;
        try
        {
            LedgerSnapshot.Save(store!, state);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            // The command has answered (and may have written): a failure here must not be reported as its own.
            var why = e is System.Data.Common.DbException db ? EventStores.Failure(db) : e.Message.TrimEnd('.');
            Error.WriteLine($"note: the store {StoreDescription} could not save a snapshot of its ledger: {why}. The next open folds the entries after its last snapshot again.");
        }
    }

    /// <summary>The ledger as it stood at an instant (see <see cref="LedgerSnapshot.PrepareAsRecordedAt"/>), showing how far the fold is when it is long.</summary>
    public LedgerState StateAsRecordedAt(ParseResult parsed, Instant instant)
    {
        var (toFold, fold) = LedgerSnapshot.PrepareAsRecordedAt(Store(parsed), instant, State(parsed));
        return toFold < LedgerSnapshot.SaveAfter ? fold(null)
            : Output.WithProgress($"Folding the ledger as recorded at {InstantPattern.ExtendedIso.Format(instant)} ({toFold:N0} entries)", parsed.GetValue(CliApp.JsonOption), fold);
    }

    /// <summary>The rules over the record, built once: building cuts every operation's history where the law changes.</summary>
    public Authoriser Authoriser(ParseResult parsed) => authoriser ??= new Authoriser(Record(parsed));

    public TourLedger Ledger(ParseResult parsed)
    {
        if (ledger is not null) return ledger;
        ledger = new TourLedger(Store(parsed), Authoriser(parsed), clock, User(parsed), State(parsed),
            lawOf: DataFolder(parsed) is null ? state => new Authoriser(Stored(state, $"the record in the store {Store(parsed).Description}")) : null);
        ledger.CatchUp();
        return ledger;
    }

    public void Dispose()
    {
        ledger?.Dispose();
        store?.Dispose();
    }

    /// <summary>The bundled record, shipped beside the program.</summary>
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The record folder given by --data or $MANDATES_DATA (and which of them named it), read instead of the store's record; null for the store's.</summary>
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
            throw new BadInputException($"--data: `{command}` {why}, so the record folder '{folder}' would not be read; expected no --data.");
        if (DataFolder(parsed) is var (variable, _))
            Error.WriteLine($"note: MANDATES_DATA: `{command}` {why}, so the record folder '{variable}' is not read (unset MANDATES_DATA to leave out this note).");
    }

    /// <summary>
    /// Stops a command that writes when a record folder is given: every write follows the law the store
    /// holds, and a record folder is only for trying a law before importing it (a tour written under a
    /// ceiling the store does not hold would break the store's own).
    /// </summary>
    public static void RefuseRecordFolder(ParseResult parsed, string command)
    {
        if (DataFolder(parsed) is var (folder, namedBy))
            throw new BadInputException($"{namedBy}: `{command}` writes under the law the store holds, but '{folder}' is a record folder, for trying a law before importing it; expected no {namedBy}, or `mandates import {folder}` first.");
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
    /// The instant a command that reads the law is asked about (--as-recorded-at), if any. A record folder
    /// keeps no versions, so it cannot say what the law was then (the store can): with --data or
    /// MANDATES_DATA it is refused, before the store is opened, so the refusal creates nothing. So is an
    /// instant still to come: what the ledger will hold then is not known yet, and the ledger as known
    /// now would pass for it.
    /// </summary>
    public Instant? AsRecordedAt(ParseResult parsed, Option<string?> option)
    {
        if (parsed.GetValue(option) is not { } text) return null;
        var instant = Arguments.Instant(option.Name, text);
        if (DataFolder(parsed) is var (folder, namedBy))
            throw new BadInputException($"{namedBy}: '{folder}' is a record folder, which keeps no history, but {option.Name} reads the law as the store held it then; "
                + $"expected no {namedBy} with {option.Name}{(namedBy == "MANDATES_DATA" ? " (unset MANDATES_DATA)" : "")}.");
        // A store not created yet recorded nothing at any instant; creating it here would leave an empty
        // ledger behind a mistyped --db, which verify would then call intact.
        try
        {
            ExistingStore(parsed);
        }
        catch (StoreException e) when (e.DoesNotExist)
        {
            throw new BadInputException($"{option.Name}: a store that does not exist recorded nothing at any instant: {e.Message}");
        }
        // Entries another machine recorded with its clock ahead may be later than now: up to the newest of them the ledger can say.
        if (clock.GetCurrentInstant() is var now && instant > now && !(State(parsed).LastRecordedAt >= instant))
            throw new BadInputException($"{option.Name}: '{Arguments.Shown(text)}' is after now ({InstantPattern.General.Format(now)}): what the ledger will hold then is not known yet; "
                + $"expected an instant up to now, or no {option.Name} for the ledger as known now.");
        return instant;
    }

    /// <summary>
    /// The ledger and the law a reading command answers from: both as known now, or both as the store held
    /// them at an instant (the tours and the record files recorded by then), which is what a query at that
    /// instant answered.
    /// </summary>
    public (LedgerState State, Authoriser Law) Known(ParseResult parsed, Instant? asRecordedAt)
    {
        var state = LedgerAt(parsed, asRecordedAt);
        return (state, asRecordedAt is { } then ? new Authoriser(RecordAsRecordedAt(parsed, state, then)) : Authoriser(parsed));
    }

    /// <summary>The ledger as known now, or as it stood at an instant. Only read: no <see cref="Ledger"/>, whose writes need a user.</summary>
    public LedgerState LedgerAt(ParseResult parsed, Instant? asRecordedAt) =>
        asRecordedAt is { } then ? StateAsRecordedAt(parsed, then) : State(parsed);

    /// <summary>Brings the store's record up to <paramref name="files"/> (see <see cref="RecordEvents.Import"/>), recorded now by the command's user.</summary>
    public IReadOnlyList<LedgerEvent> ImportRecord(ParseResult parsed, IReadOnlyList<RecordFile> files, long? basedOn = null) =>
        RecordEvents.Import(Store(parsed), State(parsed), files, Today, clock.GetCurrentInstant(), User(parsed), basedOn);

    /// <summary>Drops the record read so far: the next <see cref="Record"/> reads it from the ledger as it now stands (after another writer changed it).</summary>
    public void ForgetRecord() => (record, authoriser) = (null, null);

    /// <summary>
    /// The law the command reasons with: the record in the store (filled from the bundled record on
    /// first use; changed by `mandates import`), or, with --data or $MANDATES_DATA, a record folder read
    /// as it is (to try a record before importing it).
    /// </summary>
    public LegalRecord Record(ParseResult parsed)
    {
        if (record is not null) return record;
        if (DataFolder(parsed) is var (folder, namedBy)) return record = LoadFolder(folder, namedBy).Record;
        if (State(parsed).RecordFiles.Count == 0)
        {
            var recorded = ImportRecord(parsed, LoadFolder(BundledFolder, "bundled record").Files);
            // Said aloud, for a mistyped --db silently starts a ledger of its own.
            if (recorded.Count > 0 && recorded[0].Position == 1)
                Error.WriteLine($"note: {Store(parsed).Description} was a new store; it now holds the bundled record (positions 1 to {recorded[^1].Position}). If you meant an existing store, check --db.");
        }
        return record = Stored(State(parsed), $"the record in the store {Store(parsed).Description}");
    }

    /// <summary>
    /// The law as the store held it at <paramref name="instant"/>: the record files in
    /// <paramref name="asRecorded"/>, the ledger as it stood then (the store keeps every version of each
    /// file; before the first was recorded it held no law at all). See <see cref="AsRecordedAt"/>.
    /// </summary>
    public LegalRecord RecordAsRecordedAt(ParseResult parsed, LedgerState asRecorded, Instant instant) =>
        Stored(asRecorded, $"--as-recorded-at: the record in the store {Store(parsed).Description} as recorded at {InstantPattern.ExtendedIso.Format(instant)}");

    /// <summary>The record files the store holds, as they are, whether or not they load together.</summary>
    public IReadOnlyList<RecordFile> StoredFiles(ParseResult parsed) => RecordEvents.Files(State(parsed));

    /// <summary>The record files a state of the ledger holds, loaded; one that does not load stops the command, <paramref name="what"/> naming it with every problem.</summary>

    private static LegalRecord Stored(LedgerState state, string what)
    {
        var result = RecordLoader.Load(RecordEvents.Files(state));
        if (!result.Succeeded)
            throw new BadInputException($"{what} does not load:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", result.Errors));
        return result.Record!;
    }

    /// <summary>
    /// Stops a change to the store's record that would leave a question no rule can answer: two mandates
    /// of an operation beginning consent on the same day (every command about that operation would stop at
    /// it). A tie the record already held is not this change's doing, and does not stop it.
    /// </summary>
    public static void RefuseNewTies(LegalRecord? before, LegalRecord after, string what)
    {
        var ties = Chain.Ties(after).Except(before is null ? [] : Chain.Ties(before)).ToList();
        if (ties.Count > 0)
            throw new BadInputException($"{what} would leave the record unable to say which mandate governs; nothing was written:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", ties) + $"{Environment.NewLine}Expected one consent to begin on a day: check the dates, or record the later mandate's own start (the day it replaces the other).");
    }

    /// <summary>Loads a record folder, or stops the command with every problem in it named. Returns the record and its files as the store keeps them.</summary>
    public static (LegalRecord Record, IReadOnlyList<RecordFile> Files) LoadFolder(string folder, string what)
    {
        IReadOnlyList<RecordFile> files;
        try
        {
            files = RecordFolder.Read(folder);
        }
        catch (RecordFolderException e)
        {
            throw new BadInputException($"{what}: {e.Message}");
        }
        var result = RecordLoader.Load(files);
        if (!result.Succeeded)
            throw new BadInputException(
                $"the record in '{folder}' has {result.Errors.Count} problem{(result.Errors.Count == 1 ? "" : "s")}; nothing was loaded:{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", result.Errors));
        return (result.Record!, RecordWriter.Write(result.Record!));
    }
}
