using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Core.UseCases;

/// <summary>
/// One use of a store: opened (and on first use created) once, its entries folded once, a snapshot saved
/// when the fold was long. The host says how to open it; the store is opened only when a use case
/// first needs it, after every input was checked, so that bad input creates nothing.
/// </summary>
/// <param name="opener">Opens the store the host names.</param>
/// <param name="progress">How long folds are shown.</param>
/// <param name="snapshotAfter">How many entries an open folds before it saves a snapshot (<see
/// cref="LedgerSnapshot.SaveAfter"/>, but in tests).</param>
/// <param name="note">Where the session says what a caller should know but need not act on (a snapshot not
/// saved).</param>
public sealed class StoreSession(IStoreOpener opener, IProgressDisplay progress, int snapshotAfter,
    Action<FormattableString> note) : IDisposable
{
    private IEventStore? store;
    private LedgerState? state;
    private bool snapshotDue;
    private bool created;
    // A store and state a long-running host shares among its sessions (see Over): neither disposed nor snapshotted here.
    private bool shared;

    /// <summary>
    /// A session over a store a long-running host opened once and a state it keeps folded (see <see
    /// cref="SharedLedger"/>): nothing is opened, folded, saved or disposed by this session.
    /// </summary>
    public static StoreSession Over(IEventStore store, LedgerState state, IStoreOpener opener) =>
        new(opener, IProgressDisplay.None, int.MaxValue, _ => { }) { store = store, state = state, shared = true };

    /// <summary>How many entries an open folds (or generate appends) before it saves a snapshot.</summary>
    public int SnapshotAfter => snapshotAfter;

    /// <summary>How long folds are shown.</summary>
    public IProgressDisplay Progress => progress;

    /// <summary>
    /// The store, created on first use. Where the caller cannot be named (a new store's filling with the
    /// bundled record is a write attributed to them), only a store that exists already is opened.
    /// </summary>
    public IEventStore Store(Caller caller)
    {
        if (store is not null) return store;
        if (Exists()) return store!;
        if (caller.UserProblem() is { } bad)
        {
            try
            {
                return store = opener.Open(mustExist: true);
            }
            catch (Exception e) when (opener.IsAbsent(e))
            {
                throw new ProblemException(Problem.Saying(bad.Field ?? "user", bad.Value,
                    Problem.Join($"{bad.Detail} A new store is filled with the ",
                        $"bundled record on first use, a write attributed to that user; nothing was written.")));
            }
        }
        created = true;
        return store = opener.Open(mustExist: false);
    }

    /// <summary>
    /// Whether the store exists already (it is then open); a store not created yet is not created here, so
    /// that a use case can check its input against the law a new store would be filled with first.
    /// </summary>
    public bool Exists()
    {
        if (store is not null) return true;
        try
        {
            store = opener.Open(mustExist: true);
            return true;
        }
        catch (Exception e) when (opener.IsAbsent(e))
        {
            return false;
        }
    }

    /// <summary>
    /// What fills a store this session created, once its (empty) ledger is folded: the law source's
    /// bundled record. Set by the <see cref="LawSource"/> over this session.
    /// </summary>
    internal Action? WhenCreated { get; set; }

    /// <summary>The store, which must exist already: for what only checks or reads a ledger's history.</summary>
    public IEventStore ExistingStore() => store ??= opener.Open(mustExist: true);

    /// <summary>The store, as messages name it, if it was opened.</summary>
    public string Description => store?.Description ?? "(not opened)";

    /// <summary>Whether the store was opened.</summary>
    public bool IsOpen => store is not null;

    /// <summary>Whether a failure to open says only that the store does not exist yet (nothing was created).</summary>
    public bool IsAbsent(Exception failure) => opener.IsAbsent(failure);

    /// <summary>A store's failure in words, for a message after the store's name.</summary>
    public string Explain(Exception failure) => opener.Explain(failure);

    /// <summary>
    /// The store's entries, folded once: its newest snapshot and the entries after it. Quick, unless many
    /// entries came after the snapshot (a large store's first open): then the fold shows how far it is.
    /// </summary>
    public LedgerState State(Caller caller)
    {
        if (state is not null) return state;
        // Folded without saving: the snapshot a long fold earns is saved once the use case has run (see
        // SaveSnapshot), for it may yet be refused as bad input, which writes nothing.
        var (toFold, fold) = LedgerSnapshot.Prepare(Store(caller), saveAfter: int.MaxValue);
        snapshotDue = toFold >= snapshotAfter;
        state = toFold < LedgerSnapshot.SaveAfter ? fold(null)
            : progress.Run($"Opening the ledger ({toFold:N0} entries)", report => fold(report));
        if (created && WhenCreated is { } fill)
        {
            created = false;
            fill();
        }
        return state;
    }

    /// <summary>The ledger as it stood at an instant (see <see cref="LedgerSnapshot.PrepareAsRecordedAt"/>).</summary>
    public LedgerState StateAsRecordedAt(Caller caller, Instant instant)
    {
        var (toFold, fold) = LedgerSnapshot.PrepareAsRecordedAt(Store(caller), instant, State(caller));
        return toFold < LedgerSnapshot.SaveAfter ? fold(null)
            : progress.Run(
                $"Folding the ledger as recorded at {InstantPattern.ExtendedIso.Format(instant)} ({toFold:N0} entries)",
                report => fold(report));
    }

    /// <summary>The use case saved the snapshot itself (generate, after appending): none is due at its end.</summary>
    public void SnapshotSaved() => snapshotDue = false;

    /// <summary>
    /// Saves the state as the store's snapshot now (generate, after appending), and none at the end; a store that
    /// cannot save it (a role that may only read and append to the ledger) has appended all the same, and the
    /// caller is only told so, as in <see cref="SaveSnapshot"/>.
    /// </summary>
    public void SaveSnapshotNow()
    {
        snapshotDue = true;
        SaveSnapshot();
        snapshotDue = false;
    }

    /// <summary>
    /// Saves the state as the store's snapshot if opening it folded <see cref="SnapshotAfter"/> entries or
    /// more: called after a use case ran to its end (done or refused by the law), never after bad input.
    /// The snapshot is only a shortcut for the next open: a store that cannot save it has answered all the
    /// same, and the caller is only told so.
    /// </summary>
    public void SaveSnapshot()
    {
        if (!snapshotDue || state is null || shared) return;
        try
        {
            LedgerSnapshot.Save(store!, state);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            // The use case has answered (and may have written): a failure here must not be reported as its own.
            note(Problem.Join(
                $"the store {Description} could not save a snapshot of its ledger: {opener.Explain(e)}. ",
                $"The next open folds the entries after its last snapshot again."));
        }
    }

    public void Dispose()
    {
        if (!shared) store?.Dispose();
    }
}
