using Mandates.Core.Law;

namespace Mandates.Core.Records;

/// <summary>Reads a file in <see cref="RecordLoader.LegalActsFolder"/>: one legal act and its changes.</summary>
internal static class LegalActReader
{
    public static LegalAct? Read(YamlFields f)
    {
        var id = f.Id("id", LegalActId.IsValid,
            "a legal act id: lower-case letters, digits, '-' or '.' (e.g. unscr-1244)", s => new LegalActId(s));
        var kind = f.Word("kind", true, RecordLoader.ActKinds);
        var title = f.Text("title", true, "the act's full title");
        var @short = f.Text("short", true, "how findings name the act, e.g. UNSCR 1244");
        var document = f.Text("document");
        var provision = f.Text("provision");
        var url = f.Text("url");
        var adopted = f.Date("adopted", required: true);
        var inForceFrom = f.Date("in-force-from");
        var (untilPresent, until) = f.DateOrOpen("until", required: true);
        var source = f.RequiredSource();
        var changes = new List<ValidityChange>();
        foreach (var c in f.Items("changes"))
        {
            var date = c.Date("date", required: true);
            var change = c.Word("change", true, RecordLoader.ChangeKinds);
            var (present, changeUntil) = c.DateOrOpen("until", required: true);
            var changeDocument = c.Text("document");
            var provenance = c.Provenance();
            c.Done();
            if (date is null || change is null || !present && changeUntil is null) continue;
            if (change == ValidityChangeKind.Terminated && changeUntil is null)
            {
                c.ErrorAt("until", "open", "the last day in force for a termination, e.g. 2026-06-30");
                continue;
            }
            var validity = new ValidityChange(date.Value, change.Value, changeUntil)
            {
                Document = changeDocument, Provenance = provenance,
            };
            if (adopted is null) continue;
            var contradictions = validity.ContradictionsAfter(adopted.Value, inForceFrom ?? adopted.Value,
                changes.Count > 0 ? changes[^1].Date : null);
            foreach (var contradiction in contradictions)
                c.ErrorAt(contradiction.Field, contradiction.Value, contradiction.Expected);
            if (contradictions.Count == 0) changes.Add(validity);
        }
        f.Done();
        if (adopted is { } a && inForceFrom is { } from && from < a)
            f.ErrorAt("in-force-from", Days.Format(from), $"a day on or after adoption ({Days.Format(a)})");
        var first = inForceFrom ?? adopted;
        if (until is { } u && first is { } start && u < start)
            f.ErrorAt("until", Days.Format(u), $"a day on or after the act comes into force ({Days.Format(start)})");
        if (f.Errors.Count > 0 || id is null || kind is null || title is null || @short is null || adopted is null
            || !untilPresent && until is null)
            return null;
        return new LegalAct(
            id.Value, kind.Value, title, @short, adopted.Value, first!.Value, until, changes.ToValueList(), source)
        {
            Document = document, Provision = provision, Url = url, InForceFromStated = inForceFrom is not null,
        };
    }
}
