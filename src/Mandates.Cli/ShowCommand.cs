using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mandates.Core.Law;
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
        if (m.PlannedDuration is not null) yield return ("planned duration", m.PlannedDuration);
        yield return ("lasts as long as", m.Requires.Count == 0 ? "—" : string.Join("; ", m.Requires.Select(id => Act(record.Act(id)))));
        yield return ("legal bases", string.Join("; ", m.LegalBases.Select(id => record.Act(id).Short)));
        if (m.Mission is not null) yield return ("mission", m.Mission);
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

    private static void WriteMandate(Utf8JsonWriter json, LegalRecord record, Mandate m)
    {
        json.WriteStartObject();
        json.WriteString("id", m.Id.Value);
        json.WriteString("procedure", m.Procedure.ToString());
        json.WriteBoolean("extension", m.IsExtension);
        json.WriteString("cabinet", m.Cabinet is { } c ? Output.Date(c.Date) : null);
        json.WriteString("motion", m.Document);
        json.WriteString("distributed", m.Distributed is { } d ? Output.Date(d) : null);
        if (m.Vote is { } v)
        {
            json.WriteStartObject("vote");
            json.WriteString("date", Output.Date(v.Date));
            json.WriteString("result", v.Result == VoteResult.Adopted ? "adopted" : "rejected");
            if (v.Yes is { } yes) json.WriteNumber("yes", yes);
            if (v.No is { } no) json.WriteNumber("no", no);
            if (v.Abstentions is { } ab) json.WriteNumber("abstentions", ab);
            json.WriteBoolean("rollCall", v.RollCall);
            json.WriteEndObject();
        }
        else json.WriteNull("vote");
        json.WriteNumber("ceiling", m.Ceiling.Persons);
        json.WriteString("consentBegins", m.ConsentBegins is { } b ? Output.Date(b) : null);
        json.WriteString("end", m.End is { } e ? Output.Date(e.Date) : null);
        json.WriteStartArray("requires");
        foreach (var id in m.Requires) json.WriteStringValue(record.Act(id).Short);
        json.WriteEndArray();
        json.WriteStartArray("tasks");
        foreach (var t in m.Tasks) json.WriteStringValue(t.Key);
        json.WriteEndArray();
        json.WriteStartArray("areas");
        foreach (var a in m.Areas) json.WriteStringValue(a.Key);
        json.WriteEndArray();
        json.WriteString("authorisedOfficial", m.AuthorisedOfficial?.Title);
        json.WriteString("source", m.Source.Reference);
        json.WriteBoolean("verified", m.Source.Verified);
        json.WriteEndObject();
    }
}
