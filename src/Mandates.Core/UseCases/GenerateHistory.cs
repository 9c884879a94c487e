using Mandates.Core.Access;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using Mandates.Core.UseCases.Users;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"Append this much seeded, lawful tour history" (for tests and benchmarks).</summary>
/// <param name="Events">How many entries to append at most.</param>
/// <param name="Seed">The same seed gives the same history.</param>
/// <param name="Operations">How many fictional operations GEN-01 … to add to the record first (0 to 99).</param>
/// <param name="From">The first day of the history; null for the record's first consent.</param>
/// <param name="To">The last day a contingent may start; null for today.</param>
/// <param name="User">Who the tours are recorded by.</param>
public sealed record GenerateRequest(int Events, int Seed = 1, int Operations = 0, LocalDate? From = null,
    LocalDate? To = null, string User = "generator");

/// <summary>What generate appended.</summary>
/// <param name="Recorded">The record-file entries of the fictional operations the record lacked.</param>
/// <param name="Appended">How many tour entries were appended (fewer than asked where the history has no room).</param>
/// <param name="Period">The days the history ran over.</param>
/// <param name="Head">The ledger's newest position after appending.</param>
/// <param name="Store">The store appended to, as messages name it.</param>
public sealed record GenerateResult(GenerateRequest Request, IReadOnlyList<LedgerEvent> Recorded, long Appended,
    DateInterval Period, long Head, string Store);

/// <summary>
/// Appends realistic, lawful tour history (contingents rotating every 4 to 6 months at about 70 % of each
/// ceiling, persons returning after rest), counting the tours already in the ledger; with fictional operations,
/// first adds them to the store's record as ordinary record files.
/// </summary>
public static class GenerateHistory
{
    /// <summary>How many entries one transaction appends: all or nothing, and fast.</summary>
    private const int Batch = 5_000;

    /// <summary>How many days past its last start day a generated tour may run.</summary>
    private const int LongestTour = 180;

    public static GenerateResult Run(Session session, GenerateRequest request)
    {
        // Every write follows the law the store holds: a tour generated under a record folder's ceiling could
        // break the store's own.
        if (session.Law.Folder is var (folder, named))
            throw new ProblemException(Problem.Saying(named, folder, Problem.Join($"generate writes under the law the ",
                $"store holds, but '{folder}' is a record folder, for trying a law before importing it; expected no ",
                $"{Problem.Named(named)}.")));
        // Every value is checked before anything is written.
        var last = request.To ?? session.Caller.Today;
        if (request.From is { } given)
        {
            Input.Covered("from", given);
            if (last < given) throw BeforeFrom(last, given);
        }
        if (!StrengthIndex.Covers(last.PlusDays(LongestTour)))
            throw new ProblemException(Problem.Saying("to", Days.Format(last), Problem.Join(
                $"'{Days.Format(last)}' is too late: tours run up to {LongestTour} days past {Problem.Named("to")}, ",
                $"and the ledger covers days up to {Days.Format(StrengthIndex.LastDay)}; expected a day up to ",
                $"{Days.Format(StrengthIndex.LastDay.PlusDays(-LongestTour))}.")));
        var record = session.Law.Record();
        // Without a first day, the first consent is the record's, which a new store holds only once filled.
        var first = request.From ?? record.Mandates.Select(m => m.ConsentBegins).Where(d => d is not null).Min()
            ?? session.Caller.Today;
        if (last < first) throw BeforeFrom(last, first);
        Input.Covered("from", first);
        var newFiles = request.Operations == 0 ? [] : FictionalOperationFiles.Missing(record, HistoryGenerator
            .FictionalOperations(request.Operations, request.Events, request.Seed, first, last), request.Operations);

        // Generated history is tours and record files at once: no one role may write both, so only an open store.
        Permission.Demand(session, Act.RecordTours);
        Permission.Demand(session, Act.Import);
        var store = session.Store.Store(session.Caller);
        var state = session.Store.State(session.Caller);
        // Through the record's own path: ordinary record-file entries, and none for a file the store already holds.
        var recorded = newFiles.Count == 0 ? [] : session.Law.Import(newFiles);
        // The law as the store now holds it, so the same record gives the same history however it got there.
        var law = newFiles.Count == 0 ? session.Law.Authoriser()
            : new Authoriser(RecordLoader.Load(RecordEvents.Files(state)).Record
                ?? throw new InvalidOperationException("The record with the fictional operations does not load."));
        // The generator counts the tours the ledger held before it began; the state takes in what it appends.
        var before = LedgerSnapshot.Copy(state);
        var history = HistoryGenerator.Generate(law, request.Seed, first, last, request.User, before)
            .Take(request.Events);
        var written = session.Store.Progress.Run($"Generating {request.Events:N0} entries", progress =>
        {
            var total = 0L;
            foreach (var chunk in history.Chunk(Batch))
            {
                Append(session, store, state, chunk, total);
                total += chunk.Length;
                progress((double)total / request.Events);
            }
            return total;
        });
        // The next open reads this rather than folding every generated entry again.
        if (written >= session.Store.SnapshotAfter)
        {
            LedgerSnapshot.Save(store, state);
            session.Store.SnapshotSaved();
        }
        return new GenerateResult(request, recorded, written, new DateInterval(first, last), state.Head,
            store.Description);
    }

    /// <summary>
    /// Appends one batch in one transaction. Recorded when appended (after what the ledger already holds), not
    /// when the tours began: "as recorded at" an earlier instant shows none of them, as it would have.
    /// </summary>
    private static void Append(Session session, IEventStore store, LedgerState state, NewEvent[] chunk, long appended)
    {
        try
        {
            store.AppendPlanned(state, () =>
            {
                var now = state.RecordingInstant(session.Caller.Now);
                return chunk.Select(e => e with { RecordedAt = now }).ToList();
            });
        }
        catch (System.Data.Common.DbException failed)
        {
            var stopped = Stopped($"the store {store.Description} failed while generate ran: "
                + session.Store.Explain(failed), appended, "the batch that failed left nothing");
            throw new StoreFailedException(stopped.Problem.ToString(), failed);
        }
        catch (LedgerMovedException moved)
        {
            throw Stopped($"another writer appended to {store.Description} while generate ran (positions "
                + $"{moved.PlannedAt + 1} to {moved.Head}), and generate plans its history on a ledger nobody else "
                + "writes to", appended,
                "run it again when the ledger is idle");
        }
    }

    private static ProblemException BeforeFrom(LocalDate last, LocalDate first) =>
        new(Problem.Saying("to", Days.Format(last), Problem.Join(
            $"'{Days.Format(last)}' is before {Problem.Named("from")} ({Days.Format(first)}); ",
            $"expected a day on or after it.")));

    /// <summary>Why generate stopped part way, and that what it appended before stands (each batch whole).</summary>
    private static ProblemException Stopped(string why, long appended, string then) =>
        new(Problem.General($"{why}. It had appended {appended:N0} entries before that, all lawful; {then}."));
}
