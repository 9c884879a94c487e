using Mandates.Core.Law;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Core.Ledger;

/// <summary>The kinds of ledger entry about tours, and their payloads.</summary>
public static class TourEvents
{
    public const string Started = "tour-started";
    public const string Ended = "tour-ended";
    /// <summary>Supersedes an earlier tour entry: the tour as it should have been, or cancelled.</summary>
    public const string Corrected = "tour-corrected";

    public sealed record StartedPayload(string Person, string Task, string? Area, string From, string? Until, string? Exception);
    public sealed record EndedPayload(string Person, long Tour, string On);
    public sealed record CorrectedPayload(long Supersedes, long Tour, string? From, string? Until, bool Cancelled, string Reason);

    public static string Day(LocalDate day) => Days.Format(day);

    public static LocalDate Day(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    public static string? Word(CeilingExceptionKind? kind) => kind is { } k ? CeilingExceptionWords.Of(k) : null;

    public static CeilingExceptionKind? Kind(string? word) => word is null ? null : CeilingExceptionWords.All[word];

    /// <summary>
    /// Every entry about the tour started at <paramref name="tour"/>, oldest first: the start, then each
    /// end and correction, as recorded (never edited). Null if no tour was started there.
    /// </summary>
    public static IReadOnlyList<LedgerEvent>? History(IEventStore store, LedgerState state, long tour)
    {
        if (state.FindTour(tour) is null && state.CancelledBy(tour) is null) return null;
        var started = store.At(tour) ?? throw new InvalidDataException($"The store lacks ledger position {tour}, which started a tour the ledger has folded.");
        var history = new List<LedgerEvent> { started };
        var latest = state.LatestEntryOf(tour);
        if (latest == tour) return history;
        // Every end or correction is about a tour of its own operation, and none after the tour's latest speaks of it.
        history.AddRange(store.ReadAbout(started.Operation!, [Ended, Corrected], tour, latest).Where(e => TourOf(e) == tour));
        return history;
    }

    /// <summary>
    /// A tour's days (its first and last, as written; a null last day is open) after one of its entries,
    /// given its days before it: a start gives them, an end sets the last day, a correction gives them anew
    /// (none, if it cancels the tour).
    /// </summary>
    public static (string? From, string? Until) DaysAfter((string? From, string? Until) before, LedgerEvent e) => e.Type switch
    {
        Started when LedgerPayload.Read<StartedPayload>(e) is var p => (p.From, p.Until),
        Ended when LedgerPayload.Read<EndedPayload>(e) is var p => (before.From, p.On),
        Corrected when LedgerPayload.Read<CorrectedPayload>(e) is var p => (p.From, p.Until),
        _ => before,
    };

    /// <summary>The tour an end or a correction speaks of (the position that started it); null for any other entry.</summary>
    public static long? TourOf(LedgerEvent e) => e.Type switch
    {
        Ended => LedgerPayload.Read<EndedPayload>(e).Tour,
        Corrected => LedgerPayload.Read<CorrectedPayload>(e).Tour,
        _ => null,
    };
}
