using Mandates.Core.Law;
using YamlDotNet.RepresentationModel;

namespace Mandates.Core.Records;

/// <summary>
/// Reads the fields of a mandate whose values have a form of their own: a day or a ceiling written
/// alone or as a block with its source, an end that may be 'open', the lists of legal acts and of
/// elements (tasks, capabilities, areas).
/// </summary>
internal static class MandateFieldReader
{
    /// <summary>
    /// The ceiling: a number, or the word <c>none</c> where the decision sets no ceiling (said, never read
    /// from a missing key: the key is required), alone or as <c>{persons: …, source: …}</c>.
    /// </summary>
    public static Ceiling? ReadCeiling(YamlFields f)
    {
        const string expected = "the most soldiers at once: a whole number from 1 to 1,000,000 (e.g. 400), "
            + "'none' where the decision sets no ceiling, or {persons: 400, source: …}";
        var node = f.Raw("ceiling", true, expected);
        if (node is null) return null;
        if (node is YamlMappingNode map)
        {
            var c = f.Wrap(map, f.Path + ".ceiling");
            var persons = c.Parse("persons", true, PersonsExpected, ParsePersons, typed: true);
            var provenance = c.Provenance();
            c.Done();
            return persons is null ? null : Of(persons.Value) with { Provenance = provenance };
        }
        var value = f.ParseNode(node, f.Path + ".ceiling", expected, ParsePersons, typed: true);
        return value is null ? null : Of(value.Value);
    }

    private const string PersonsExpected =
        "the most soldiers at once: a whole number from 1 to 1,000,000 (e.g. 400), or 'none' where none is set";

    /// <summary>A ceiling's persons, with 0 standing for the word <c>none</c> (no ceiling is 0 persons).</summary>
    private static int? ParsePersons(string text) =>
        text == "none" ? 0 : YamlFields.ParseInt(text, 1, Ceiling.MaxPersons);

    private static Ceiling Of(int persons) => persons == 0 ? Ceiling.NoneSet : new Ceiling(persons);

    public static DatedFact? DatedFact(YamlFields f, string key, bool required)
    {
        const string expected = "a calendar day like 2025-06-26, or {date: 2025-06-26, source: …}";
        var node = f.Raw(key, required, expected);
        if (node is null) return null;
        if (node is YamlMappingNode map)
        {
            var c = f.Wrap(map, $"{f.Path}.{key}");
            var date = c.Date("date", true);
            var provenance = c.Provenance();
            c.Done();
            return date is null ? null : new DatedFact(date.Value, provenance);
        }
        var value = f.ParseNode(node, $"{f.Path}.{key}", expected, YamlFields.ParseDate, typed: true);
        return value is null ? null : new DatedFact(value.Value);
    }

    /// <summary>The government's withdrawal of the motion: <c>withdrawn: {date: …, source: …}</c>.</summary>
    public static Withdrawal? Withdrawal(YamlFields f)
    {
        if (f.Child("withdrawn", expected: "the day the government withdrew the motion: {date: 2014-…, source: …}")
            is not { } w)
            return null;
        var date = w.Date("date", true);
        var provenance = w.Provenance();
        w.Done();
        return date is null ? null : new Withdrawal(date.Value) { Provenance = provenance };
    }

    public static (bool Present, DatedFact? End) EndFact(YamlFields f)
    {
        var node = f.Raw("end", false, "the last day (inclusive), or 'open'");
        if (node is null) return (false, null);
        if (node is YamlScalarNode { Value: "open" }) return (true, null);
        if (node is YamlMappingNode map)
        {
            var c = f.Wrap(map, f.Path + ".end");
            var date = c.Date("date", true);
            var provenance = c.Provenance();
            c.Done();
            return (true, date is null ? null : new DatedFact(date.Value, provenance));
        }
        var value = f.ParseNode(node, f.Path + ".end", "the last day (inclusive) like 2026-06-30, or 'open'",
            YamlFields.ParseDate, typed: true);
        return (true, value is null ? null : new DatedFact(value.Value));
    }

    public static ValueList<LegalActId> ActIds(YamlFields f, string key,
        List<(LegalActId, YamlNode, string, string)> references)
    {
        var ids = new List<LegalActId>();
        foreach (var (text, node, field) in f.Words(key, "a list of legal act ids, e.g. [unscr-1244, nac-1999-01-30]"))
        {
            if (!LegalActId.IsValid(text))
            {
                f.Error(node, field, text, "a legal act id: lower-case letters, digits, '-' or '.'");
                continue;
            }
            var id = new LegalActId(text);
            ids.Add(id);
            references.Add((id, node, field, f.File));
        }
        return ids.ToValueList();
    }

    public static ValueList<MandateElement> Elements(YamlFields f, string key)
    {
        var elements = new List<MandateElement>();
        foreach (var e in f.Items(key, expected: "a list of {key: …, title: …}"))
        {
            var elementKey = e.Text("key", true, "a short word users type, e.g. reconnaissance");
            var title = e.Text("title", true, "the motion's wording");
            var provenance = e.Provenance();
            e.Done();
            if (elementKey is null || title is null) continue;
            if (elements.Any(x => string.Equals(x.Key, elementKey, StringComparison.OrdinalIgnoreCase)))
            {
                e.ErrorAt("key", elementKey, $"a key not used twice in {key}");
                continue;
            }
            elements.Add(new MandateElement(elementKey, title) { Provenance = provenance });
        }
        return elements.ToValueList();
    }
}
