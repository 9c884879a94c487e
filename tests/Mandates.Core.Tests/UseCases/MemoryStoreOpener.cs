using Mandates.Core.Ledger;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// An in-memory store for use-case tests: one that does not exist until a session creates it, as a SQLite
/// file on first use, or (<paramref name="exists"/>) one that exists already, empty.
/// </summary>
public sealed class MemoryStoreOpener(bool exists = false) : IStoreOpener
{
    private MemoryEventStore? store = exists ? new MemoryEventStore() : null;

    /// <summary>The store, if a session created it.</summary>
    public IEventStore? Created => store;

    public IEventStore Open(bool mustExist) =>
        store ?? (mustExist ? throw new AbsentException() : store = new MemoryEventStore());

    public bool IsAbsent(Exception failure) => failure is AbsentException;

    public string Explain(Exception failure) => failure.Message;

    private sealed class AbsentException() : Exception("the in-memory store does not exist yet");
}
