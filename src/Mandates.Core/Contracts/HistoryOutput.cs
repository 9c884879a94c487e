using System.Text.Json;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases;
using NodaTime.Text;

namespace Mandates.Core.Contracts;

/// <summary><c>history</c>'s answer: one tour's every entry, oldest first.</summary>
/// <param name="Tour">The position that started it.</param>
/// <param name="CancelledAt">The position of the correction that cancelled it; null if it stands.</param>
/// <param name="Now">The tour as it stands now; null once cancelled.</param>
public sealed record HistoryOutput(int SchemaVersion, long Tour, string Person, string Operation, long? CancelledAt,
    TourNowOutput? Now, IReadOnlyList<EntryOutput> Entries)
{
    public static HistoryOutput Of(HistoryResult result) => new(Contract.SchemaVersion, result.Tour,
        LedgerPayload.Read<TourEvents.StartedPayload>(result.Entries[0]).Person, result.Entries[0].Operation
            ?? throw new InvalidDataException($"The tour started at {result.Tour} names no operation."),
        result.CancelledAt, result.Now is { } t ? new TourNowOutput(t.Task, t.Area, Days.Format(t.From),
            t.Until is { } u ? Days.Format(u) : null, TourEvents.Word(t.Exception)) : null,
        [.. result.Entries.Zip(result.Told, EntryOutput.Of)]);
}

/// <param name="Until">Its last day; null while open.</param>
/// <param name="Exception">The ceiling exception clause it relies on; null for none.</param>
public sealed record TourNowOutput(string Task, string? Area, string From, string? Until, string? Exception);

/// <param name="RecordedAt">When the entry was recorded (UTC, ISO 8601).</param>
/// <param name="Key">The idempotency key it was written under; null for none.</param>
/// <param name="Says">What it says of the tour, in words.</param>
/// <param name="Payload">The payload as the ledger holds and hashes it: fields it leaves out are absent, not
/// null.</param>
public sealed record EntryOutput(long Position, string Type, string ValidOn, string RecordedAt, string RecordedBy,
    string? Key, string Says, JsonElement Payload)
{
    public static EntryOutput Of(LedgerEvent e, string says)
    {
        using var payload = JsonDocument.Parse(e.Payload);
        return new(e.Position, e.Type, Days.Format(e.ValidOn), InstantPattern.ExtendedIso.Format(e.RecordedAt),
            e.RecordedBy, e.IdempotencyKey, says, payload.RootElement.Clone());
    }
}
