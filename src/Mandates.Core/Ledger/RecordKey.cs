using Mandates.Core.Problems;

namespace Mandates.Core.Ledger;

/// <summary>
/// An idempotency key on a write of record files (a decision recorded, a record imported): the ledger's key of the
/// first entry the write appends, so the same request sent again (to this server or another on the same store)
/// returns what it wrote the first time, and a key reused for another request is refused.
/// </summary>
/// <param name="Key">The client's name for the one request (the Idempotency-Key header).</param>
/// <param name="Request">
/// What tells one request from another: a fingerprint the host makes of the whole request (its route and the
/// digest of its body). The same key with another fingerprint is another request.
/// </param>
public sealed record RecordKey(string Key, string Request)
{
    /// <summary>The decision in words (<see cref="UseCases.RecordResult.Recorded"/>), kept to answer a
    /// replay.</summary>
    public string? Recorded { get; init; }

    /// <summary>The decision's note, if any, kept to answer a replay.</summary>
    public string? Note { get; init; }
}

/// <summary>
/// What the first entry of a keyed write of record files keeps about its request (in its payload): the
/// request's fingerprint, how many entries the write appended, and what it answered.
/// </summary>
public sealed record KeyedRequest(string Request, int Entries, string? Recorded, string? Note);

/// <summary>
/// A key reused for another request: the ledger holds a write under it whose request differs. Nothing was written.
/// </summary>
public sealed class KeyReusedException(Problem problem) : Exception(problem.ToString())
{
    /// <summary>The problem, naming <c>idempotencyKey</c>.</summary>
    public Problem Problem { get; } = problem;
}

/// <summary>Thrown inside the exclusive write when the key was committed meanwhile (by another writer): nothing is
/// appended.</summary>
internal sealed class KeyTakenException(string key) : Exception($"The idempotency key '{key}' was taken meanwhile.");

/// <summary>How a keyed write of record files is recognised again.</summary>
public static class RecordKeys
{
    /// <summary>
    /// The entries written before under <paramref name="key"/> for the same request, with what the first of them
    /// keeps; null if the key names no entry. A key that names another request's entry (or an entry not of a keyed
    /// record write, a tour's say) is refused with <see cref="KeyReusedException"/>.
    /// </summary>
    public static (IReadOnlyList<LedgerEvent> Entries, KeyedRequest First)? Replay(IEventStore store,
        LedgerState state, RecordKey key)
    {
        if (state.PositionOfKey(key.Key) is not { } earlier) return null;
        var entry = store.At(earlier)
            ?? throw new InvalidDataException(
                $"The key '{key.Key}' names ledger position {earlier}, which the store lacks.");
        if (entry.Type == RecordEvents.FileRecorded
            && LedgerPayload.Read<RecordEvents.FilePayload>(entry).Request is { } first
            && first.Request == key.Request)
            return ([.. store.ReadAfter(earlier - 1).Take(first.Entries)], first);
        throw new KeyReusedException(Problem.Saying("idempotencyKey", key.Key,
            $"'{key.Key}' was used at ledger position {earlier} for a different request; a key names one request."));
    }

    /// <summary>The entries of a write with the key and the request kept on the first of them.</summary>
    internal static IReadOnlyList<NewEvent> Keyed(IReadOnlyList<NewEvent> entries, RecordKey? key)
    {
        if (key is null || entries.Count == 0) return entries;
        var first = entries[0];
        var payload = LedgerPayload.Read<RecordEvents.FilePayload>(first.Payload) with
        {
            Request = new KeyedRequest(key.Request, entries.Count, key.Recorded, key.Note),
        };
        return [first with { IdempotencyKey = key.Key, Payload = LedgerPayload.Write(payload) }, .. entries.Skip(1)];
    }
}
