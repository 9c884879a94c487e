using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Core.UseCases;

/// <summary>
/// What a use case works with: who asks and what day it is (<see cref="Caller"/>), the store and its folded
/// ledger (<see cref="Store"/>), and the law (<see cref="Law"/>), each opened once and only when needed.
/// A host makes one per command or request.
/// </summary>
public sealed class Session(Caller caller, StoreSession store, LawSource law) : IDisposable
{
    private TourLedger? ledger;

    public Caller Caller => caller;
    public StoreSession Store => store;
    public LawSource Law => law;

    /// <summary>
    /// The ledger's writer, caught up with the store, writing as the caller under the law the store holds.
    /// </summary>
    public TourLedger Ledger()
    {
        if (ledger is not null) return ledger;
        ledger = new TourLedger(store.Store(caller), law.Authoriser(), caller.Clock, caller.User, store.State(caller),
            lawOf: law.LawOfState);
        ledger.CatchUp();
        return ledger;
    }

    /// <summary>
    /// Checks an instant a use case is asked about (<paramref name="field"/>, "as recorded at"): a record
    /// folder keeps no versions, so it cannot say what the law was then; a store not created yet recorded
    /// nothing at any instant (and is not created); and what the ledger will hold at an instant still to come
    /// is not known yet.
    /// </summary>
    public Instant AsRecordedAt(Instant instant, string field)
    {
        var shown = InstantPattern.ExtendedIso.Format(instant);
        if (law.Folder is var (folder, named))
            throw new ProblemException(Problem.Saying(named, folder,
                Problem.Join(
                    $"'{folder}' is a record folder, which keeps no history, but {Problem.Named(field)} reads ",
                    $"the law as the store held it then; ",
                    $"expected no {Problem.Named(named)} with {Problem.Named(field)}",
                    named.Contains('_') ? (FormattableString)$" (unset {named})." : $".")));
        try
        {
            store.ExistingStore();
        }
        catch (Exception e) when (store.IsAbsent(e))
        {
            throw new ProblemException(Problem.Saying(field, shown,
                $"a store that does not exist recorded nothing at any instant: {e.Message}"));
        }
        // Entries another machine recorded with its clock ahead may be later than now: up to the newest of them the
        // ledger can say.
        if (caller.Now is var now && instant > now && !(store.State(caller).LastRecordedAt >= instant))
            throw new ProblemException(Problem.Saying(field, shown,
                Problem.Join(
                    $"'{shown}' is after now ({InstantPattern.General.Format(now)}): ",
                    $"what the ledger will hold then is not known yet; ",
                    $"expected an instant up to now, or no {Problem.Named(field)} for the ledger as known now.")));
        return instant;
    }

    /// <summary>
    /// The ledger and the law a reading use case answers from: both as known now, or both as the store held
    /// them at an instant, which is what a query at that instant answered.
    /// </summary>
    public (LedgerState State, Authoriser Law) Known(Instant? asRecordedAt)
    {
        var state = LedgerAt(asRecordedAt);
        return (state,
            asRecordedAt is { } then ? new Authoriser(law.RecordAsRecordedAt(state, then)) : law.Authoriser());
    }

    /// <summary>
    /// The ledger as known now, or as it stood at an instant. Only read: no <see cref="Ledger"/>, whose writes need a
    /// user.
    /// </summary>
    public LedgerState LedgerAt(Instant? asRecordedAt) =>
        asRecordedAt is { } then ? store.StateAsRecordedAt(caller, then) : store.State(caller);

    /// <summary>
    /// Ends a use case that answered (done, or refused by the law; never after bad input): a store it found
    /// not created yet is created now and filled with the bundled record it answered from, so the first use
    /// leaves the store a later write and query share; and a snapshot the fold earned is saved.
    /// </summary>
    public void Finish()
    {
        if (law.FillPending) store.State(caller);
        store.SaveSnapshot();
    }

    public void Dispose()
    {
        ledger?.Dispose();
        store.Dispose();
    }
}
