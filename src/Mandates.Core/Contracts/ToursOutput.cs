using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases;
using NodaTime.Text;

namespace Mandates.Core.Contracts;

/// <summary><c>tours</c>' answer: what was asked (null where not given), and every tour found, earliest first.
/// </summary>
/// <param name="From">The first day asked about; null for all of a person's tours.</param>
/// <param name="AsRecordedAt">The instant asked about; null for as known now.</param>
public sealed record ToursOutput(int SchemaVersion, string? Person, string? Operation, string? From, string? To,
    string? AsRecordedAt, int Count, IReadOnlyList<TourOutput> Tours)
{
    public static ToursOutput Of(ToursResult result) => new(Contract.SchemaVersion, result.Person?.Value,
        result.Operation?.Value, result.Period is { } p ? Days.Format(p.Start) : null,
        result.Period is { } q ? Days.Format(q.End) : null,
        result.AsRecordedAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null, result.Tours.Count,
        [.. result.Tours.Select(TourOutput.Of)]);
}

/// <param name="Tour">The ledger position that started it (what correct-tour and history take).</param>
/// <param name="Until">Its last day; null while open.</param>
/// <param name="Exception">The ceiling exception clause it relies on; null for none.</param>
/// <param name="LastChangedAt">The last entry that changed it; its own position while none has.</param>
public sealed record TourOutput(long Tour, string Person, string Operation, string Task, string? Area, string From,
    string? Until, string? Exception, long LastChangedAt)
{
    public static TourOutput Of(ListedTour listed)
    {
        var t = listed.Tour;
        return new(t.StartedAt, t.Person.Value, t.Operation.Value, t.Task, t.Area, Days.Format(t.From),
            t.Until is { } u ? Days.Format(u) : null, TourEvents.Word(t.Exception), listed.LastChangedAt);
    }
}
