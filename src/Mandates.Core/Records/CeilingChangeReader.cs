using Mandates.Core.Law;

namespace Mandates.Core.Records;

/// <summary>
/// Reads a mandate's <c>ceiling-changes</c>: later ceilings of the same decision, oldest first. Each
/// begins after the one before it has ended (a temporary change, after its <c>until</c>), so that on
/// every day exactly one ceiling is in force.
/// </summary>
internal static class CeilingChangeReader
{
    public static ValueList<CeilingChange> Read(YamlFields f, DatedFact? end)
    {
        var changes = new List<CeilingChange>();
        foreach (var cf in f.Items("ceiling-changes",
                     expected: "a list of later ceilings, oldest first: {from: 2002-06-14, persons: 1400}"))
        {
            var from = cf.Date("from", true);
            var persons = cf.Int("persons", true, 1, Ceiling.MaxPersons,
                $"the most soldiers at once from that day: a whole number from 1 to {Ceiling.MaxPersons:N0}");
            var until = cf.Date("until");
            var provenance = cf.Provenance();
            cf.Done();
            if (from is not { } first || persons is null) continue;
            if (until is { } last && last < first)
            {
                cf.ErrorAt("until", Days.Format(last),
                    $"a day on or after the change's first day ({Days.Format(first)}): "
                    + "the last day of a temporary ceiling");
                continue;
            }
            if (changes.Count > 0 && changes[^1] is var before && first <= (before.Until ?? before.From))
            {
                var what = before.Until is { } u
                    ? $"a day after the temporary change before it ends ({Days.Format(u)})"
                    : $"a day after the change before it ({Days.Format(before.From)})";
                cf.ErrorAt("from", Days.Format(first), $"{what}: ceiling-changes are oldest first, one ceiling a day");
                continue;
            }
            if (end is { } e && first > e.Date)
            {
                cf.ErrorAt("from", Days.Format(first),
                    $"a day on or before the mandate's end ({Days.Format(e.Date)}): "
                    + "a change after it sets no day's ceiling");
                continue;
            }
            changes.Add(new CeilingChange(first, persons.Value) { Until = until, Provenance = provenance });
        }
        return changes.ToValueList();
    }
}
