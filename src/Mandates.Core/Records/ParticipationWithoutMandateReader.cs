using Mandates.Core.Law;

namespace Mandates.Core.Records;

/// <summary>Reads an operation's <c>participation-without-mandate</c>, oldest first.</summary>
internal static class ParticipationWithoutMandateReader
{
    public const string Key = "participation-without-mandate";

    public static ValueList<ParticipationWithoutMandate> Read(YamlFields f)
    {
        var items = new List<ParticipationWithoutMandate>();
        foreach (var p in f.Items(Key, expected: "a list of participations: {from: …, to: …, why: …, source: …}"))
        {
            var from = p.Date("from", true);
            var (toPresent, to) = p.DateOrOpen("to", true);
            var persons = p.Int("persons", false, 1, Ceiling.MaxPersons,
                $"how many soldiers at most: a whole number from 1 to {Ceiling.MaxPersons:N0}");
            var why = p.Text("why", true, "why no consent is needed, e.g. unarmed military observers");
            var source = p.RequiredSource();
            p.Done();
            if (from is not { } first || !toPresent || why is null) continue;
            if (to is { } last && last < first)
                p.ErrorAt("to", Days.Format(last),
                    $"a day on or after the participation's first day ({Days.Format(first)}), or 'open'");
            else if (items.Count > 0 && (items[^1].To is null || first <= items[^1].To))
                p.ErrorAt("from", Days.Format(first),
                    $"a day after the participation before it ended: {Key} is oldest first and does not overlap");
            else
                items.Add(new ParticipationWithoutMandate(first, to, why) { Persons = persons, Source = source });
        }
        return items.ToValueList();
    }
}
