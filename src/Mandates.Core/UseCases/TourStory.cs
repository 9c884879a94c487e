using Mandates.Core.Ledger;

namespace Mandates.Core.UseCases;

/// <summary>What each entry about a tour says of it, in words, beginning with what it does.</summary>
public static class TourStory
{
    /// <summary>
    /// One sentence per entry. An end says the last day it replaces, for a later one runs the tour on (an
    /// extension) and an earlier one cuts it short.
    /// </summary>
    public static IReadOnlyList<string> Told(IReadOnlyList<LedgerEvent> entries)
    {
        var told = new List<string>(entries.Count);
        var days = default((string? From, string? Until));
        foreach (var e in entries)
        {
            var until = days.Until; // the tour's last day before the entry, as written (YYYY-MM-DD sorts as days do)
            days = TourEvents.DaysAfter(days, e);
            told.Add(e.Type switch
            {
                TourEvents.Started when LedgerPayload.Read<TourEvents.StartedPayload>(e) is var p =>
                    $"starts: {p.Person} for {p.Task}{(p.Area is { } a ? $" in {a}" : "")}, {Period(p.From, p.Until)}"
                    + (p.Exception is { } x ? $", under the {x} exception" : ""),
                TourEvents.Ended when days.Until is { } on =>
                    until is { } before && string.CompareOrdinal(on, before) > 0
                    ? $"runs on: last day {on}, was {before}"
                    : $"ends: last day {on}{(until is { } was ? $", was {was}" : ", was open")}",
                TourEvents.Corrected when LedgerPayload.Read<TourEvents.CorrectedPayload>(e) is var p =>
                    (p.Cancelled ? "cancelled: never served" : $"corrected: {Period(p.From!, p.Until)}")
                    + $", superseding position {p.Supersedes}; reason: {p.Reason}",
                _ => e.Type,
            });
        }
        return told;
    }

    private static string Period(string from, string? until) =>
        until is { } u ? $"from {from} to {u}" : $"from {from} (open)";
}
