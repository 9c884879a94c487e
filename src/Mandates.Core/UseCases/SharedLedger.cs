using Mandates.Core.Ledger;
using Mandates.Core.Rules;

namespace Mandates.Core.UseCases;

/// <summary>
/// A store a long-running host (the web server) opens once: its ledger folded once and kept up with every
/// writer, and its rules built once from the record it holds. Each request gets a <see cref="Session"/> over
/// them (<see cref="Read{T}"/>, <see cref="Write{T}"/>), so that no request folds the ledger or reads the
/// record again.
/// </summary>
/// <remarks>
/// Reads share the folded state; a write (or catching up with entries another process committed) has it to
/// itself. A write decides inside the store's exclusive write on every entry committed before it, by this
/// process or another (<see cref="TourLedger"/>), so two servers on one database never jointly overshoot a
/// ceiling. A read sees this process's writes at once and another process's within <see cref="Freshness"/>:
/// the store's head is asked for at most that often, which keeps a read from costing a database round trip.
/// </remarks>
public sealed class SharedLedger : IDisposable
{
    private readonly IEventStore store;
    private readonly IStoreOpener opener;
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly Action<FormattableString> note;
    private readonly IRecordFolders folders;
    private LedgerState state;
    private Authoriser law;
    private long lawAt;
    private long checkedAt;

    private SharedLedger(IEventStore store, IStoreOpener opener, IRecordFolders folders, TimeSpan freshness,
        Action<FormattableString> note)
    {
        (this.store, this.opener, this.folders, this.note, Freshness) = (store, opener, folders, note, freshness);
        state = LedgerSnapshot.Open(store);
        (law, lawAt) = (LawOf(state), state.RecordChangedAt);
        checkedAt = Environment.TickCount64;
    }

    /// <summary>How long a read may go without asking the store whether another process appended.</summary>
    public TimeSpan Freshness { get; }

    /// <summary>The store, as messages name it.</summary>
    public string Description => store.Description;

    /// <summary>
    /// Opens the store, creating it and filling it with the bundled record first if it is new (as a command's
    /// first use does, attributed to <paramref name="caller"/>), and folds its ledger.
    /// </summary>
    public static SharedLedger Open(IStoreOpener opener, Caller caller, IRecordFolders folders, TimeSpan freshness,
        Action<FormattableString> note)
    {
        var first = new StoreSession(opener, IProgressDisplay.None, LedgerSnapshot.SaveAfter, note);
        using (var session = new Session(caller, first, new LawSource(first, caller, folders, null, note)))
        {
            session.Law.Record();
            session.Finish();
        }
        return new SharedLedger(opener.Open(mustExist: true), opener, folders, freshness, note);
    }

    /// <summary>Runs a use case that only reads, on the ledger as this process knows it (see <see cref="Freshness"/>).</summary>
    public T Read<T>(Caller caller, Func<Session, T> use)
    {
        if (Environment.TickCount64 - Interlocked.Read(ref checkedAt) >= Freshness.TotalMilliseconds) Refresh();
        gate.EnterReadLock();
        try
        {
            using var session = SessionOf(caller);
            return use(session);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Runs a use case that writes: alone, caught up with every writer first, the rules rebuilt after.</summary>
    public T Write<T>(Caller caller, Func<Session, T> use)
    {
        gate.EnterWriteLock();
        try
        {
            CatchUp();
            using var session = SessionOf(caller);
            return use(session);
        }
        catch
        {
            // A write that failed half-way may have folded entries it did not commit: fold the ledger afresh.
            state = LedgerSnapshot.Open(store);
            throw;
        }
        finally
        {
            try
            {
                RebuildLawIfChanged();
            }
            finally
            {
                gate.ExitWriteLock();
            }
        }
    }

    /// <summary>Folds in what other processes committed since, if anything.</summary>
    public void Refresh()
    {
        Interlocked.Exchange(ref checkedAt, Environment.TickCount64);
        if (store.Head == Volatile.Read(ref state).Head) return;
        gate.EnterWriteLock();
        try
        {
            CatchUp();
            RebuildLawIfChanged();
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    private void CatchUp()
    {
        foreach (var e in store.ReadAfter(state.Head)) state.Apply(e);
        checkedAt = Environment.TickCount64;
    }

    private void RebuildLawIfChanged()
    {
        if (state.RecordChangedAt == lawAt) return;
        (law, lawAt) = (LawOf(state), state.RecordChangedAt);
        note($"the record in the store {store.Description} changed (position {lawAt}); the rules were rebuilt.");
    }

    private Authoriser LawOf(LedgerState folded) =>
        new(LawSource.Stored(folded, $"the record in the store {store.Description}"));

    private Session SessionOf(Caller caller)
    {
        var over = StoreSession.Over(store, state, opener);
        var source = new LawSource(over, caller, folders, null, note).Using(law);
        return new Session(caller, over, source);
    }

    public void Dispose()
    {
        store.Dispose();
        gate.Dispose();
    }
}
