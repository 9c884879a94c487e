using System.Globalization;
using System.Text;
using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Records;

/// <summary>
/// Writes a record back in the format <see cref="RecordLoader"/> reads (docs/record-format.md):
/// one file per legal act, one per operation, and the sitting calendar. Loading what it writes gives
/// the same record.
/// </summary>
public static class RecordWriter
{
    public static IReadOnlyList<RecordFile> Write(LegalRecord record)
    {
        var files = new List<RecordFile>();
        foreach (var act in record.LegalActs)
            files.Add(new RecordFile($"{RecordLoader.LegalActsFolder}{act.Id}.yaml", WriteAct(act)));
        foreach (var operation in record.Operations)
            files.Add(Write(operation));
        if (record.Calendar.Weeks.Count > 0)
            files.Add(new RecordFile(RecordLoader.CalendarFile, WriteCalendar(record.Calendar)));
        return files;
    }

    /// <summary>The file of one operation with its chain of mandates, as <see cref="Write(LegalRecord)"/> writes it.</summary>
    public static RecordFile Write(Operation operation) =>
        new($"{RecordLoader.OperationsFolder}{operation.Id.Value.ToLowerInvariant()}.yaml", WriteOperation(operation));

    private static string WriteAct(LegalAct act)
    {
        var w = new Writer();
        w.Line("id", act.Id.Value);
        w.Line("kind", RecordLoader.Word(RecordLoader.ActKinds, act.Kind));
        w.Text("title", act.Title);
        w.Text("short", act.Short);
        w.Text("document", act.Document);
        w.Text("provision", act.Provision);
        w.Text("url", act.Url);
        w.Date("adopted", act.Adopted);
        if (act.InForceFromStated) w.Date("in-force-from", act.InForceFrom);
        w.Line("until", OpenOr(act.Until));
        w.Source(act.Source);
        if (act.Changes.Count > 0)
        {
            w.Open("changes");
            foreach (var change in act.Changes)
            {
                w.Item();
                w.Date("date", change.Date);
                w.Line("change", RecordLoader.Word(RecordLoader.ChangeKinds, change.Kind));
                w.Line("until", OpenOr(change.Until));
                w.Text("document", change.Document);
                w.Provenance(change.Provenance);
                w.EndItem();
            }
            w.Close();
        }
        return w.ToString();
    }

    private static string WriteOperation(Operation operation)
    {
        var w = new Writer();
        w.Line("id", operation.Id.Value);
        w.Text("name", operation.Name);
        w.Text("lead", operation.Lead);
        w.Texts("names", operation.Names);
        w.Source(operation.Source);
        if (operation.Resubmission is { } r)
        {
            w.Open("resubmission");
            w.Line("months", Num(r.Months));
            w.Date("undertaken", r.Undertaken);
            w.Provenance(r.Provenance);
            w.Close();
        }
        ReportedStrength(w, operation.ReportedStrength);
        Components(w, operation.Components);
        WithoutConsent(w, operation.DeploymentsWithoutConsent);
        WithoutMandate(w, operation.ParticipationWithoutMandate);
        // An operation never consented to has no chain; every other one has.
        if (HasChain(operation)) w.Open("mandates");
        foreach (var m in operation.Mandates)
        {
            w.Item();
            w.Line("id", m.Id.Value);
            w.Line("procedure", RecordLoader.Word(RecordLoader.Procedures, m.Procedure));
            w.Text("component", m.Component);
            if (m.IsExtension) w.Line("extension", "true");
            w.Source(m.Source);
            w.Dated("cabinet", m.Cabinet);
            if (m.Motion is { } motion)
            {
                w.Open("motion");
                w.Text("document", motion.Document);
                w.Text("url", motion.Url);
                w.Date("distributed", motion.Distributed);
                w.Date("first-reading", motion.FirstReading);
                w.Provenance(motion.Provenance);
                w.Close();
            }
            if (m.Committee is { } c)
            {
                w.Open("committee");
                w.Text("committee", c.Committee);
                w.Text("document", c.Document);
                w.Line("recommendation", RecordLoader.Word(RecordLoader.Recommendations, c.Recommendation));
                w.Provenance(c.Provenance);
                w.Close();
            }
            if (m.Objection is { } o)
            {
                w.Open("objection");
                w.Date("date", o.Date);
                w.Text("by", o.By);
                w.Provenance(o.Provenance);
                w.Close();
            }
            if (m.Vote is { } v)
            {
                w.Open("vote");
                w.Date("date", v.Date);
                w.Line("result", RecordLoader.Word(RecordLoader.VoteResults, v.Result));
                if (v.Yes is { } yes) w.Line("yes", Num(yes));
                if (v.No is { } no) w.Line("no", Num(no));
                if (v.Abstentions is { } abstentions) w.Line("abstentions", Num(abstentions));
                if (v.RollCall) w.Line("roll-call", "true");
                w.Provenance(v.Provenance);
                w.Close();
            }
            if (m.Withdrawn is { } withdrawn)
            {
                w.Open("withdrawn");
                w.Date("date", withdrawn.Date);
                w.Provenance(withdrawn.Provenance);
                w.Close();
            }
            w.Dated("start", m.Start);
            if (m.End is null) w.Line("end", "open"); else w.Dated("end", m.End);
            w.Text("planned-duration", m.PlannedDuration);
            if (m.Requires.Count > 0) w.Line("requires", $"[{string.Join(", ", m.Requires)}]");
            if (m.LegalBases.Count > 0) w.Line("legal-bases", $"[{string.Join(", ", m.LegalBases)}]");
            w.Text("mission", m.Mission);
            if (m.Ceiling.Provenance.IsInherited) w.Line("ceiling", CeilingWord(m.Ceiling));
            else
            {
                w.Open("ceiling");
                w.Line("persons", CeilingWord(m.Ceiling));
                w.Provenance(m.Ceiling.Provenance);
                w.Close();
            }
            CeilingChanges(w, m.CeilingChanges);
            if (m.CeilingExceptions.Count > 0)
            {
                w.Open("ceiling-exceptions");
                foreach (var e in m.CeilingExceptions)
                {
                    w.Item();
                    w.Line("kind", CeilingExceptionWords.Of(e.Kind));
                    w.Line("extra-persons", Num(e.ExtraPersons));
                    w.Line("max-days", Num(e.MaxDays));
                    w.Text("wording", e.Wording);
                    w.Provenance(e.Provenance);
                    w.EndItem();
                }
                w.Close();
            }
            Elements(w, "tasks", m.Tasks);
            Elements(w, "capabilities", m.Capabilities);
            Elements(w, "areas", m.Areas);
            if (m.Costs is { } k)
            {
                w.Open("costs");
                if (k.AmountEur is { } amount) w.Line("amount-eur", amount.ToString(CultureInfo.InvariantCulture));
                w.Text("period", k.Period);
                w.Text("financing", k.Financing);
                w.Provenance(k.Provenance);
                w.Close();
            }
            if (m.AuthorisedOfficial is { } a)
            {
                w.Open("authorised-official");
                w.Text("title", a.Title);
                w.Text("holder", a.Holder);
                w.Provenance(a.Provenance);
                w.Close();
            }
            if (m.Revocation is { } rv)
            {
                w.Open("revocation");
                w.Date("decided", rv.Decided);
                if (rv.EffectiveStated) w.Date("effective", rv.Effective);
                w.Text("document", rv.Document);
                w.Provenance(rv.Provenance);
                w.Close();
            }
            w.EndItem();
        }
        if (HasChain(operation)) w.Close();
        return w.ToString();
    }

    private static void Components(Writer w, ValueList<Component> components)
    {
        if (components.Count == 0) return;
        w.Open("components");
        foreach (var c in components)
        {
            w.Item();
            w.Text("key", c.Key);
            w.Text("title", c.Title);
            w.Provenance(c.Provenance);
            w.EndItem();
        }
        w.Close();
    }

    /// <summary>Whether the file writes <c>mandates</c>: one with no chain lists what it has instead.</summary>
    private static bool HasChain(Operation operation) => operation.Mandates.Count > 0
        || (operation.DeploymentsWithoutConsent.Count == 0 && operation.ParticipationWithoutMandate.Count == 0);

    private static void WithoutMandate(Writer w, ValueList<ParticipationWithoutMandate> items)
    {
        if (items.Count == 0) return;
        w.Open(ParticipationWithoutMandateReader.Key);
        foreach (var p in items)
        {
            w.Item();
            w.Date("from", p.From);
            if (p.To is { } to) w.Date("to", to);
            else w.Line("to", "open");
            if (p.Persons is { } persons) w.Line("persons", Num(persons));
            w.Text("why", p.Why);
            w.Source(p.Source);
            w.EndItem();
        }
        w.Close();
    }

    private static void WithoutConsent(Writer w, ValueList<DeploymentWithoutConsent> deployments)
    {
        if (deployments.Count == 0) return;
        w.Open(DeploymentWithoutConsentReader.Key);
        foreach (var d in deployments)
        {
            w.Item();
            w.Date("from", d.From);
            w.Date("to", d.To);
            if (d.Persons is { } persons) w.Line("persons", Num(persons));
            w.Text("why", d.Why);
            w.Text("ruling", d.Ruling);
            w.Provenance(d.Provenance);
            w.EndItem();
        }
        w.Close();
    }

    /// <summary>The ceiling as the format writes it: its number, or <c>none</c> where the mandate sets none.</summary>
    private static string CeilingWord(Ceiling ceiling) => ceiling.Persons is { } n ? Num(n) : "none";

    private static void CeilingChanges(Writer w, ValueList<CeilingChange> changes)
    {
        if (changes.Count == 0) return;
        w.Open("ceiling-changes");
        foreach (var c in changes)
        {
            w.Item();
            w.Date("from", c.From);
            w.Line("persons", Num(c.Persons));
            w.Date("until", c.Until);
            w.Provenance(c.Provenance);
            w.EndItem();
        }
        w.Close();
    }

    private static void ReportedStrength(Writer w, ValueList<ReportedStrength> figures)
    {
        if (figures.Count == 0) return;
        w.Open("reported-strength");
        foreach (var r in figures)
        {
            w.Item();
            w.Date("date", r.Date);
            w.Line("persons", Num(r.Persons));
            if (r.Approximate) w.Line("approximate", "true");
            w.Provenance(r.Provenance);
            w.EndItem();
        }
        w.Close();
    }

    private static void Elements(Writer w, string key, ValueList<MandateElement> elements)
    {
        if (elements.Count == 0) return;
        w.Open(key);
        foreach (var e in elements)
        {
            w.Item();
            w.Text("key", e.Key);
            w.Text("title", e.Title);
            w.Provenance(e.Provenance);
            w.EndItem();
        }
        w.Close();
    }

    private static string WriteCalendar(SittingCalendar calendar)
    {
        var w = new Writer();
        w.Source(calendar.Source);
        w.Open("weeks");
        foreach (var week in calendar.Weeks)
        {
            w.Item();
            w.Date("from", week.From);
            w.Date("to", week.To);
            w.Line("sitting-days", $"[{string.Join(", ", week.SittingDays.Select(RecordLoader.Format))}]");
            w.Provenance(week.Provenance);
            w.EndItem();
        }
        w.Close();
        return w.ToString();
    }

    private static string OpenOr(LocalDate? date) => date is { } d ? RecordLoader.Format(d) : "open";

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Block-style YAML with two-space indentation; every free text is double-quoted so nothing in it is read as YAML syntax.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder text = new();
        private int indent;
        private bool itemStart;

        public void Line(string key, string value)
        {
            if (itemStart)
            {
                text.Append(' ', indent - 2).Append("- ");
                itemStart = false;
            }
            else text.Append(' ', indent);
            text.Append(key).Append(':');
            if (value.Length > 0) text.Append(' ').Append(value);
            text.Append('\n');
        }

        public void Text(string key, string? value) { if (value is not null) Line(key, Quote(value)); }
        public void Date(string key, LocalDate? value) { if (value is { } d) Line(key, RecordLoader.Format(d)); }

        /// <summary>A list of texts, in one line: <c>names: ["Libanon", "UNIFIL maritime"]</c>; nothing for
        /// none.</summary>
        public void Texts(string key, IReadOnlyList<string> values)
        {
            if (values.Count > 0) Line(key, $"[{string.Join(", ", values.Select(Quote))}]");
        }

        public void Dated(string key, DatedFact? fact)
        {
            if (fact is null) return;
            if (fact.Provenance.IsInherited) { Date(key, fact.Date); return; }
            Open(key);
            Date("date", fact.Date);
            Provenance(fact.Provenance);
            Close();
        }

        public void Source(Source source)
        {
            Text("source", source.Reference);
            if (!source.Verified) Line("verified", "false");
            Text("note", source.Note);
        }

        public void Provenance(Provenance provenance)
        {
            Text("source", provenance.Reference);
            if (provenance.Verified is { } verified) Line("verified", verified ? "true" : "false");
            Text("note", provenance.Note);
        }

        public void Open(string key) { Line(key, ""); indent += 2; }
        public void Close() => indent -= 2;
        public void Item() { indent += 2; itemStart = true; }
        public void EndItem() { indent -= 2; itemStart = false; }

        public override string ToString() => text.ToString();

        private static string Quote(string value)
        {
            var q = new StringBuilder("\"");
            foreach (var ch in value)
            {
                switch (ch)
                {
                    case '"': q.Append("\\\""); break;
                    case '\\': q.Append("\\\\"); break;
                    case '\n': q.Append("\\n"); break;
                    case '\t': q.Append("\\t"); break;
                    case '\r': q.Append("\\r"); break;
                    default:
                        if (char.IsControl(ch)) q.Append($"\\u{(int)ch:X4}");
                        else q.Append(ch);
                        break;
                }
            }
            return q.Append('"').ToString();
        }
    }
}
