using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mandates.Core.Law;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using NodaTime;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>`mandates show KFOR --on 2025-07-01`: the mandate in force that day, every fact with its source, and the whole chain.</summary>
internal static class ShowCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var on = new Option<string?>("--on") { Description = "The day (YYYY-MM-DD). Default: today." };
        var command = new Command("show", "The mandate in force on a day, its facts and sources, and the operation's chain of mandates.") { operation, on };
        command.SetAction(parsed =>
        {
            var day = context.DateOr(parsed, on);
            var record = context.Record(parsed);
            var op = Arguments.Operation(record, parsed.GetValue(operation)!);
            var governing = Chain.Governing(op, day);
            // A mandate can govern a day it authorises nothing on (revoked, past its end, its legal basis lapsed): it is then not in force.
            var barred = governing is null ? []
                : context.Authoriser(parsed).Authorise(DeploymentRequest.On(op.Id, day, 0), ConstantStrength.None).Findings
                    .Where(f => f.LetsNobodyServe).Select(f => f.Reason).ToList();
            if (parsed.GetValue(CliApp.JsonOption)) WriteJson(context.Output, record, op, governing, barred, day);
            else WriteHuman(context.Output, record, op, governing, barred, day);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteHuman(Output output, LegalRecord record, Operation op, Mandate? m, IReadOnlyList<string> barred, LocalDate day)
    {
        var console = output.Console;
        console.MarkupLine($"[bold]{Markup.Escape(op.Id.Value)}[/]: {Markup.Escape(op.Name)} (lead: {Markup.Escape(op.Lead)})");
        if (m is null)
        {
            console.MarkupLine($"No mandate is in force on {Output.Date(day)}.");
        }
        else
        {
            if (barred.Count == 0)
                console.MarkupLine($"Mandate in force on {Output.Date(day)}: [bold]{Markup.Escape(m.Name)}[/]");
            else
            {
                console.MarkupLine($"No mandate is in force on {Output.Date(day)}. The latest to govern, [bold]{Markup.Escape(m.Name)}[/], authorises no deployment that day:");
                foreach (var reason in barred) console.MarkupLine($"  [red]✗[/] {Markup.Escape(reason)}");
            }
            var facts = new Table().Border(TableBorder.Rounded).HideHeaders().Expand();
            facts.AddColumn("field");
            facts.AddColumn("value");
            foreach (var (field, value) in Facts(record, m))
                facts.AddRow(Markup.Escape(field), Markup.Escape(value));
            console.Write(facts);
        }
        console.MarkupLine("[bold]Chain of mandates[/] (a later one replaces an earlier one when its consent begins):");
        var chain = new Table().Border(TableBorder.Rounded).Expand();
        foreach (var h in new[] { "Mandate", "Motion", "Cabinet", "Vote", "Yes/No/Abst.", "Ceiling", "Consent from", "End" })
            chain.AddColumn(h);
        foreach (var c in op.Mandates)
        {
            var mark = c == m ? "▶ " : "  ";
            chain.AddRow(
                Markup.Escape(mark + c.Id),
                Markup.Escape(c.Document ?? "—"),
                Output.Date(c.Cabinet?.Date),
                c.Vote is { } v ? $"{Output.Date(v.Date)} {v.Result.ToString().ToLowerInvariant()}" : "pending",
                c.Vote is { Yes: not null } w ? $"{w.Yes}/{w.No}/{w.Abstentions}" : "",
                c.Ceiling.ToString(),
                Output.Date(c.ConsentBegins),
                c.End is { } e ? Output.Date(e.Date) : "open");
        }
        console.Write(chain);
        console.MarkupLine("[grey]Facts marked [[unverified]] are not confirmed by the source named; see the record file.[/]");
    }

    /// <summary>Every § 3(2) field and the decision history, each with its source.</summary>
    private static IEnumerable<(string Field, string Value)> Facts(LegalRecord record, Mandate m)
    {
        string S(Provenance p) => " — " + p.Resolve(m.Source);
        string V(Provenance p, string text) => Output.Marked(text, p.Resolve(m.Source));
        yield return ("procedure", m.Procedure switch
        {
            Procedure.Regular => "regular (§ 3 ParlBG)",
            Procedure.Simplified => "simplified (§ 4 ParlBG)",
            _ => "subsequent approval (§ 5 ParlBG)",
        } + (m.IsExtension ? ", extension (§ 7 ParlBG)" : ""));
        if (m.Cabinet is { } cabinet) yield return ("cabinet decision", V(cabinet.Provenance, Output.Date(cabinet.Date)) + S(cabinet.Provenance));
        if (m.Motion is { } motion)
            yield return ("motion", V(motion.Provenance, motion.Document +
            (motion.Distributed is { } d ? $", distributed {Output.Date(d)}" : "") +
            (motion.FirstReading is { } r ? $", first reading {Output.Date(r)}" : "") +
            (motion.Url is { } u ? $", {u}" : "")) + S(motion.Provenance));
        if (m.Committee is { } c)
            yield return ("committee", V(c.Provenance, $"{c.Committee} recommends to {(c.Recommendation == VoteResult.Adopted ? "adopt" : "reject")}{(c.Document is null ? "" : ", " + c.Document)}") + S(c.Provenance));
        if (m.Objection is { } o)
            yield return ("debate demanded", V(o.Provenance, $"{Output.Date(o.Date)} by {o.By}") + S(o.Provenance));
        if (m.Vote is { } vote)
            yield return ("plenary vote", V(vote.Provenance, $"{Output.Date(vote.Date)} {vote.Result.ToString().ToLowerInvariant()}, {vote.Counts}{(vote.RollCall ? ", roll-call" : "")}") + S(vote.Provenance));
        yield return ("start", m.Start is { } start ? V(start.Provenance, Output.Date(start.Date)) + S(start.Provenance) : $"when consent begins ({Output.Date(m.ConsentBegins)})");
        yield return ("end (no later than)", m.End is { } end ? V(end.Provenance, Output.Date(end.Date)) + S(end.Provenance) : "open-ended");
        // These have no source of their own: the mandate's confirms them, or does not.
        var own = Provenance.Inherited;
        if (m.PlannedDuration is not null) yield return ("planned duration", V(own, m.PlannedDuration));
        yield return ("lasts as long as", m.Requires.Count == 0 ? "—" : V(own, string.Join("; ", m.Requires.Select(id => Act(record.Act(id))))));
        yield return ("legal bases", V(own, string.Join("; ", m.LegalBases.Select(id => record.Act(id).Short))));
        if (m.Mission is not null) yield return ("mission", V(own, m.Mission));
        yield return ("ceiling", V(m.Ceiling.Provenance, $"up to {m.Ceiling} soldiers") + S(m.Ceiling.Provenance));
        foreach (var e in m.CeilingExceptions)
            yield return ($"exception: {e.Kind.ToString().ToLowerInvariant()}", V(e.Provenance, $"up to {e.ExtraPersons} above the ceiling for at most {e.MaxDays} days{(e.Wording is null ? "" : $" (\"{e.Wording}\")")}") + S(e.Provenance));
        foreach (var t in m.Tasks) yield return ("task", V(t.Provenance, $"{t.Key}: {t.Title}"));
        foreach (var a in m.Areas) yield return ("area", V(a.Provenance, $"{a.Key}: {a.Title}"));
        foreach (var k in m.Capabilities) yield return ("capability", V(k.Provenance, $"{k.Key}: {k.Title}"));
        if (m.Costs is { } costs)
            yield return ("expected costs", V(costs.Provenance, string.Join(", ", new[]
            {
                costs.AmountEur is { } amount ? amount.ToString("N0", CultureInfo.InvariantCulture) + " EUR" : null, costs.Period, costs.Financing,
            }.Where(x => x is not null))) + S(costs.Provenance));
        if (m.AuthorisedOfficial is { } official)
            yield return ("authorised official", V(official.Provenance, official.Title + (official.Holder is null ? "" : $" ({official.Holder})")) + S(official.Provenance));
        if (m.Revocation is { } revocation)
            yield return ("revoked", V(revocation.Provenance, $"decided {Output.Date(revocation.Decided)}, effective {Output.Date(revocation.Effective)}") + S(revocation.Provenance));
        yield return ("source", m.Source.ToString());
    }

    private static string Act(LegalAct act) => $"{act.Short} ({act.Title})";

    private static void WriteJson(Output output, LegalRecord record, Operation op, Mandate? governing, IReadOnlyList<string> barred, LocalDate day) => output.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("operation", op.Id.Value);
        json.WriteString("name", op.Name);
        json.WriteString("lead", op.Lead);
        json.WriteString("date", Output.Date(day));
        json.WriteString("inForce", barred.Count == 0 ? governing?.Id.Value : null);
        json.WriteString("governing", governing?.Id.Value);
        json.WriteStartArray("authorisesNothingBecause");
        foreach (var reason in barred) json.WriteStringValue(reason);
        json.WriteEndArray();
        json.WriteStartArray("chain");
        foreach (var m in op.Mandates) WriteMandate(json, record, m);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>
    /// One mandate of the chain: every fact the text table shows, each as an object of its values and the
    /// source that states it. Every mandate has the same fields, null (or an empty list) for a fact not
    /// recorded, so a script reads any of them the same way.
    /// </summary>
    private static void WriteMandate(Utf8JsonWriter json, LegalRecord record, Mandate m)
    {
        var facts = new FactWriter(json, m.Source);
        json.WriteStartObject();
        json.WriteString("id", m.Id.Value);
        json.WriteString("procedure", RecordLoader.Word(RecordLoader.Procedures, m.Procedure));
        json.WriteBoolean("extension", m.IsExtension);
        facts.Fact("cabinet", m.Cabinet, c => c.Provenance, c => Date(json, "date", c.Date));
        facts.Fact("motion", m.Motion, x => x.Provenance, x =>
        {
            json.WriteString("document", x.Document);
            json.WriteString("url", x.Url);
            Date(json, "distributed", x.Distributed);
            Date(json, "firstReading", x.FirstReading);
        });
        facts.Fact("committee", m.Committee, c => c.Provenance, c =>
        {
            json.WriteString("committee", c.Committee);
            json.WriteString("recommendation", RecordLoader.Word(RecordLoader.Recommendations, c.Recommendation));
            json.WriteString("document", c.Document);
        });
        facts.Fact("objection", m.Objection, o => o.Provenance, o =>
        {
            Date(json, "date", o.Date);
            json.WriteString("by", o.By);
        });
        facts.Fact("vote", m.Vote, v => v.Provenance, v =>
        {
            Date(json, "date", v.Date);
            json.WriteString("result", RecordLoader.Word(RecordLoader.VoteResults, v.Result));
            Number(json, "yes", v.Yes);
            Number(json, "no", v.No);
            Number(json, "abstentions", v.Abstentions);
            json.WriteBoolean("rollCall", v.RollCall);
        });
        // A null start: the mandate authorises from the day consent begins, which the law derives and no source states.
        facts.Fact("start", m.Start, s => s.Provenance, s => Date(json, "date", s.Date));
        Date(json, "consentBegins", m.ConsentBegins);
        // A null end: open-ended.
        facts.Fact("end", m.End, e => e.Provenance, e => Date(json, "date", e.Date));
        // The plain-text facts have no block of their own in the record, so they are stated by the mandate's source.
        facts.Fact("plannedDuration", m.PlannedDuration, _ => Provenance.Inherited, text => json.WriteString("text", text));
        facts.List("requires", m.Requires.Select(record.Act), _ => Provenance.Inherited, act => Act(json, act));
        facts.List("legalBases", m.LegalBases.Select(record.Act), _ => Provenance.Inherited, act => Act(json, act));
        facts.Fact("mission", m.Mission, _ => Provenance.Inherited, text => json.WriteString("text", text));
        facts.Fact("ceiling", m.Ceiling, c => c.Provenance, c => json.WriteNumber("persons", c.Persons));
        facts.List("ceilingExceptions", m.CeilingExceptions, e => e.Provenance, e =>
        {
            json.WriteString("kind", CeilingExceptionWords.Of(e.Kind));
            json.WriteNumber("extraPersons", e.ExtraPersons);
            json.WriteNumber("maxDays", e.MaxDays);
            json.WriteString("wording", e.Wording);
        });
        facts.List("tasks", m.Tasks, t => t.Provenance, t => Element(json, t));
        facts.List("areas", m.Areas, a => a.Provenance, a => Element(json, a));
        facts.List("capabilities", m.Capabilities, k => k.Provenance, k => Element(json, k));
        facts.Fact("costs", m.Costs, c => c.Provenance, c =>
        {
            if (c.AmountEur is { } amount) json.WriteNumber("amountEur", amount);
            else json.WriteNull("amountEur");
            json.WriteString("period", c.Period);
            json.WriteString("financing", c.Financing);
        });
        facts.Fact("authorisedOfficial", m.AuthorisedOfficial, o => o.Provenance, o =>
        {
            json.WriteString("title", o.Title);
            json.WriteString("holder", o.Holder);
        });
        facts.Fact("revocation", m.Revocation, r => r.Provenance, r =>
        {
            Date(json, "decided", r.Decided);
            Date(json, "effective", r.Effective);
            json.WriteString("document", r.Document);
        });
        // The default source of the facts above, as the text's last row; each fact already carries the one in force for it.
        FactWriter.WriteSource(json, m.Source);
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes "a fact with its source": the fact's values, then <c>source</c>, resolved as the text shows it
    /// (the fact's own where the record gives one, else the mandate's it inherits). A mandate-wide flag
    /// would hide the facts no source confirms, so each fact says for itself.
    /// </summary>
    private sealed class FactWriter(Utf8JsonWriter json, Source mandate)
    {
        /// <summary>A single fact, or null where the mandate does not record it.</summary>
        public void Fact<T>(string name, T? fact, Func<T, Provenance> provenance, Action<T> values) where T : class
        {
            json.WritePropertyName(name);
            if (fact is null) json.WriteNullValue();
            else Write(fact, provenance, values);
        }

        /// <summary>A listed fact (tasks, areas, legal bases …), each item with its own source; empty where none is recorded.</summary>
        public void List<T>(string name, IEnumerable<T> facts, Func<T, Provenance> provenance, Action<T> values)
        {
            json.WriteStartArray(name);
            foreach (var fact in facts) Write(fact, provenance, values);
            json.WriteEndArray();
        }

        private void Write<T>(T fact, Func<T, Provenance> provenance, Action<T> values)
        {
            json.WriteStartObject();
            values(fact);
            WriteSource(json, provenance(fact).Resolve(mandate));
            json.WriteEndObject();
        }

        public static void WriteSource(Utf8JsonWriter json, Source source)
        {
            json.WriteStartObject("source");
            json.WriteString("reference", source.Reference);
            json.WriteBoolean("verified", source.Verified);
            json.WriteString("note", source.Note);
            json.WriteEndObject();
        }
    }

    private static void Act(Utf8JsonWriter json, LegalAct act)
    {
        json.WriteString("id", act.Id.Value);
        json.WriteString("short", act.Short);
        json.WriteString("title", act.Title);
    }

    private static void Element(Utf8JsonWriter json, MandateElement element)
    {
        json.WriteString("key", element.Key);
        json.WriteString("title", element.Title);
    }

    /// <summary>A day as YYYY-MM-DD, or null where it is not known.</summary>
    private static void Date(Utf8JsonWriter json, string name, LocalDate? day)
    {
        if (day is { } d) json.WriteString(name, Output.Date(d));
        else json.WriteNull(name);
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } n) json.WriteNumber(name, n);
        else json.WriteNull(name);
    }
}
