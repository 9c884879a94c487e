using System.CommandLine;
using System.Globalization;
using Mandates.Core;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using Mandates.Storage;
using NodaTime;

namespace Mandates.Cli;

/// <summary>
/// `mandates generate --events 100000 --seed 7 [--operations 30]`: appends realistic, lawful tour history
/// for tests and benchmarks; with --operations, first adds fictional operations to the store's record.
/// </summary>
internal static class GenerateCommand
{
    private const int Batch = 5_000;

    public static Command Create(CommandContext context)
    {
        var events = new Option<string>("--events") { Description = "How many entries to append at most, e.g. 100000.", Required = true };
        var seed = new Option<string?>("--seed") { Description = "The same seed gives the same history. Default: 1." };
        var from = new Option<string?>("--from") { Description = "The first day of the history. Default: the record's first consent." };
        var until = new Option<string?>("--until") { Description = "The last day a contingent may start. Default: today." };
        var operations = new Option<string?>("--operations")
        {
            Description = "First add K fictional operations GEN-01 … GEN-K (1 to 99) to the store's record, each with one open-ended mandate " +
                          "from --from and a ceiling sized so the entries fit by --until, marked unverified and fictional. Default: none.",
        };
        var command = new Command("generate",
            "For tests and benchmarks: append seeded, realistic tour history (contingents rotating every 4 to 6 months at about 70 % of each ceiling, " +
            "persons returning for several tours after 6 to 24 months of rest), lawful by construction, counting the tours already in the ledger.")
        {
            events, seed, from, until, operations,
        };
        command.SetAction(parsed =>
        {
            // Every argument is checked before anything is written.
            var count = Arguments.Count("--events", parsed.GetValue(events)!, 100000);
            var seedValue = parsed.GetValue(seed) is { } s ? Arguments.Count("--seed", s, 7) : 1;
            var fictional = parsed.GetValue(operations) is { } k ? OperationCount(k) : 0;
            var (givenFirst, last) = (parsed.GetValue(from) is { } f ? Arguments.Date("--from", f) : (LocalDate?)null, parsed.GetValue(until) is { } u ? Arguments.Date("--until", u) : context.Today);
            if (givenFirst is { } given)
            {
                Arguments.Covered("--from", given);
                if (last < given) throw BeforeFrom(last, given);
            }
            if (!StrengthIndex.Covers(last.PlusDays(180)))
                throw new BadInputException($"--until: '{Days.Format(last)}' is too late: tours run up to 180 days past --until, and the ledger covers days up to {Days.Format(StrengthIndex.LastDay)}; expected a day up to {Days.Format(StrengthIndex.LastDay.PlusDays(-180))}.");
            var user = parsed.GetValue(CliApp.UserOption) is { } named ? Arguments.User("--user", named) : "generator";
            CommandContext.RefuseRecordFolder(parsed, "generate");
            var record = context.Record(parsed);
            var first = givenFirst ?? record.Mandates.Select(m => m.ConsentBegins).Where(d => d is not null).Min() ?? context.Today;
            // Without --from, the first consent is the record's, which a new store holds only once filled.
            if (last < first) throw BeforeFrom(last, first);
            Arguments.Covered("--from", first);
            var newFiles = fictional > 0 ? FictionalFiles(record, HistoryGenerator.FictionalOperations(fictional, count, seedValue, first, last), fictional) : [];

            var store = context.Store(parsed);
            var state = context.State(parsed);
            // Through the record's own path: ordinary record-file entries, and none for a file the store already holds.
            var recorded = newFiles.Count == 0 ? []
                : context.ImportRecord(parsed, newFiles);
            // The law as the store now holds it, so the same record gives the same history however it got there.
            var authoriser = newFiles.Count == 0 ? context.Authoriser(parsed)
                : new Authoriser(RecordLoader.Load(RecordEvents.Files(state)).Record ?? throw new InvalidOperationException("The record with the fictional operations does not load."));
            var json = parsed.GetValue(CliApp.JsonOption);
            // The generator counts the tours the ledger held before it began; the state takes in what it appends.
            var before = LedgerSnapshot.Copy(state);
            var written = context.Output.WithProgress($"Generating {count:N0} entries", json, progress =>
            {
                var total = 0L;
                foreach (var chunk in HistoryGenerator.Generate(authoriser, seedValue, first, last, user, before).Take(count).Chunk(Batch))
                {
                    // One transaction a batch: all or nothing, and fast. Recorded when appended (after what the
                    // ledger already holds), not when the tours began: "as recorded at" an earlier instant
                    // shows none of them, as it would have.
                    try
                    {
                        store.AppendPlanned(state, () =>
                        {
                            var now = state.RecordingInstant(context.Clock.GetCurrentInstant());
                            return chunk.Select(e => e with { RecordedAt = now }).ToList();
                        });
                    }
                    catch (System.Data.Common.DbException failed)
                    {
                        throw Stopped($"the store {store.Description} failed while generate ran: {EventStores.Failure(failed)}", total, "the batch that failed left nothing");
                    }
                    catch (LedgerMovedException moved)
                    {
                        throw Stopped($"another writer appended to {store.Description} while generate ran (positions {moved.PlannedAt + 1} to {moved.Head}), " +
                                      "and generate plans its history on a ledger nobody else writes to", total, "run it again when the ledger is idle");
                    }
                    total += chunk.Length;
                    progress((double)total / count);
                }
                return total;
            });
            // The next open reads this rather than folding every generated entry again.
            if (written >= context.SnapshotAfter)
            {
                LedgerSnapshot.Save(store, state);
                context.SnapshotSaved();
            }
            var start = state.Head - written; // where this run's entries begin: no other writer appended meanwhile (AppendPlanned)
            if (json)
                context.Output.Json(j =>
                {
                    j.WriteStartObject();
                    j.WriteNumber("operationsRecorded", recorded.Count);
                    j.WriteNumber("appended", written);
                    j.WriteNumber("asked", count);
                    j.WriteNumber("head", state.Head);
                    j.WriteEndObject();
                });
            else
            {
                var operationsWord = $"the fictional operations GEN-01 to GEN-{fictional:D2}";
                if (fictional > 0)
                    context.Output.Writer.WriteLine(recorded.Count == 0
                        ? $"The record already holds {operationsWord} as this command writes them."
                        : $"Recorded {(recorded.Count == fictional ? "" : $"{recorded.Count} of ")}{operationsWord} at positions {recorded[0].Position} to {recorded[^1].Position}, every fact sourced to this command and marked unverified.");
                context.Output.Writer.WriteLine(written == 0
                    ? $"Appended no entries to {store.Description}: no operation has room for another tour within about 70 % of its ceiling on days its mandates authorise."
                    : $"Appended {written:N0} entries (positions {start + 1} to {state.Head}) to {store.Description}."
                      // Said, for a user who asked for more would otherwise take the history as complete.
                      + (written < count ? $" That is fewer than the {count:N0} asked for: the history from {Days.Format(first)} to {Days.Format(last)} has no room for more tours within about 70 % of each ceiling (a later --until, or --operations, gives more)." : ""));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Why generate stopped part way, and that what it appended before stands (each batch was lawful and whole).</summary>
    private static BadInputException BeforeFrom(LocalDate last, LocalDate first) =>
        new($"--until: '{Days.Format(last)}' is before --from ({Days.Format(first)}); expected a day on or after it.");

    private static BadInputException Stopped(string why, long appended, string then) =>
        new($"{why}. It had appended {appended:N0} entries before that, all lawful; {then}.");

    private static int OperationCount(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k is >= 1 and <= 99 ? k
            : throw new BadInputException($"--operations: '{Arguments.Shown(text)}' is not a number of fictional operations; expected a whole number from 1 to 99, e.g. 30.");

    /// <summary>
    /// The files of the fictional operations the record lacks. One it already holds must be exactly as this
    /// command writes it: generated facts never overwrite the store's record.
    /// </summary>
    private static IReadOnlyList<RecordFile> FictionalFiles(LegalRecord record, IReadOnlyList<Operation> wanted, int count)
    {
        var added = new List<Operation>();
        foreach (var operation in wanted)
        {
            if (record.FindOperation(operation.Id.Value) is not { } held) { added.Add(operation); continue; }
            if (RecordWriter.Write(held).Text != RecordWriter.Write(operation).Text)
                throw new BadInputException(
                    $"--operations: '{count}' would write {operation.Id}, but the record already has {held.Id} with different content " +
                    $"(made by another --events, --seed, --from or --until, or not by generate); expected the same command as before, or a store without it, e.g. a new --db.");
        }
        try
        {
            // The record must still hold together (e.g. no mandate id used twice) before anything is written.
            _ = new LegalRecord(record.LegalActs, record.Operations.Concat(added).ToValueList(), record.Calendar);
        }
        catch (ArgumentException e)
        {
            throw new BadInputException($"--operations: '{count}' cannot add the fictional operations to the record: {e.Message}");
        }
        return added.Select(RecordWriter.Write).ToList();
    }
}
