using System.Globalization;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;

namespace Mandates.Core.UseCases;

/// <summary>"What happened to this tour?"</summary>
/// <param name="Tour">The ledger position that started the tour.</param>
public sealed record HistoryRequest(long Tour);

/// <summary>Every entry about one tour, oldest first, and what each says of it in words.</summary>
/// <param name="Tour">The position that started the tour.</param>
/// <param name="Now">The tour as it stands now; null once cancelled.</param>
/// <param name="CancelledAt">The position of the correction that cancelled it; null if it stands.</param>
/// <param name="Entries">Every entry about it: its start, each end and correction.</param>
/// <param name="Told">What each entry says of the tour, in words, in the order of <paramref name="Entries"/>.</param>
public sealed record HistoryResult(long Tour, Tour? Now, long? CancelledAt, IReadOnlyList<LedgerEvent> Entries,
    IReadOnlyList<string> Told);

/// <summary>
/// A tour's whole story from the ledger, which is never edited: its start, each end and correction (with its
/// reason), who recorded each, when and under which key. The law is not needed to tell it.
/// </summary>
public static class ReadHistory
{
    public static HistoryResult Run(Session session, HistoryRequest request)
    {
        var (store, state) = (session.Store.ExistingStore(), session.Store.State(session.Caller));
        var entries = TourEvents.History(store, state, request.Tour)
            ?? throw new ProblemException(NoTourAt(store, state, request.Tour));
        return new HistoryResult(request.Tour, state.FindTour(request.Tour), state.CancelledBy(request.Tour), entries,
            TourStory.Told(entries));
    }

    /// <summary>Why a position names no tour, and what it is instead.</summary>
    private static Problem NoTourAt(IEventStore store, LedgerState state, long position)
    {
        var shown = position.ToString(CultureInfo.InvariantCulture);
        FormattableString expected = $"the position that started a tour, as deploy reported it or tours lists it";
        if (position > state.Head)
            return Problem.Saying("tour", shown, Problem.Join(
                $"the ledger ends at position {state.Head:N0}, so there is no {position:N0}; ",
                $"expected ", expected, $"."));
        var entry = store.At(position)!;
        return TourEvents.TourOf(entry) is { } started
            ? Problem.Saying("tour", shown, Problem.Join($"position {position} is a {entry.Type} entry about the tour ",
                $"started at {started}; expected {Problem.Named("tour")} {started}."))
            : Problem.Saying("tour", shown, Problem.Join(
                $"position {position} is a {entry.Type} entry, not the start of a tour; expected ", expected, $"."));
    }
}
