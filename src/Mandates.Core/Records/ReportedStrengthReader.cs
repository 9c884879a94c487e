using Mandates.Core.Law;

namespace Mandates.Core.Records;

/// <summary>
/// Reads an operation's <c>reported-strength</c>: dated figures of the soldiers actually deployed, oldest
/// first, one a day. Each figure's source is its own, or the operation's.
/// </summary>
internal static class ReportedStrengthReader
{
    public static ValueList<ReportedStrength> Read(YamlFields f)
    {
        var figures = new List<ReportedStrength>();
        foreach (var sf in f.Items("reported-strength",
                     expected: "a list of figures, oldest first: {date: 2007-11-30, persons: 2813, source: …}"))
        {
            var date = sf.Date("date", true);
            var persons = sf.Int("persons", true, 0, ReportedStrength.MaxPersons,
                $"the soldiers deployed that day: a whole number from 0 to {ReportedStrength.MaxPersons:N0}");
            var approximate = sf.Bool("approximate") ?? false;
            var provenance = sf.Provenance();
            sf.Done();
            if (date is not { } day || persons is null) continue;
            if (figures.Count > 0 && figures[^1].Date is var before && day <= before)
            {
                sf.ErrorAt("date", Days.Format(day),
                    $"a day after the figure before it ({Days.Format(before)}): "
                    + "reported-strength is oldest first, one figure a day");
                continue;
            }
            figures.Add(new ReportedStrength(day, persons.Value)
            {
                Approximate = approximate, Provenance = provenance,
            });
        }
        return figures.ToValueList();
    }
}
