using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Rules;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>`mandates check KFOR --on 2025-07-01 --add 50 --task reconnaissance`: may this deployment go ahead?</summary>
internal static class CheckCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var on = new Option<string?>("--on") { Description = "The first day (YYYY-MM-DD). Default: today." };
        var until = new Option<string?>("--until") { Description = "The last day, inclusive. Default: the first day." };
        var add = new Option<string?>("--add") { Description = "How many more persons to deploy. Default: 0." };
        var task = new Option<string?>("--task") { Description = "The task: its key in the mandate (any case) or its title, e.g. reconnaissance." };
        var area = new Option<string?>("--area") { Description = "The place: its key in the mandate (any case) or its title, e.g. kosovo. Without it, the request is not checked for place." };
        var strength = new Option<string?>("--strength") { Description = "Persons already deployed on each of those days, instead of the ledger's strength (what-if)." };
        var exception = new Option<string?>("--exception") { Description = "A ceiling exception clause the request relies on above the ceiling: rotation, transfer or emergency. Only where the mandate has that clause (`show` lists them); within the ceiling none is needed, and naming one the mandate lacks is refused." };

        var command = new Command("check", "May this deployment go ahead on these days? Exit 0 if authorised, 1 if refused.")
        {
            operation, on, until, add, task, area, strength, exception,
        };
        command.SetAction(parsed =>
        {
            var first = context.DateOr(parsed, on);
            var last = parsed.GetValue(until) is { } u ? Arguments.Date("--until", u) : first;
            if (last < first)
                throw new BadInputException($"--until: '{Output.Date(last)}' is before --on ({Output.Date(first)}); expected a day on or after it.");
            var persons = parsed.GetValue(add) is { } a ? Arguments.Persons("--add", a) : 0;
            var deployed = parsed.GetValue(strength) is { } s ? Arguments.Persons("--strength", s) : (int?)null;
            var relying = parsed.GetValue(exception) is { } e ? Arguments.ExceptionKind("--exception", e) : (CeilingExceptionKind?)null;
            var (duty, place) = (Arguments.Element("--task", parsed.GetValue(task)), Arguments.Element("--area", parsed.GetValue(area)));
            // Only now the store is opened (and, on first use, filled): bad input writes nothing at all.
            var record = context.Record(parsed);
            var op = Arguments.Operation(record, parsed.GetValue(operation)!);

            var request = new DeploymentRequest(op.Id, new NodaTime.DateInterval(first, last), persons)
            {
                Task = duty, Area = place, Exception = relying,
            };
            IStrength current = deployed is { } n ? new ConstantStrength(n) : context.State(parsed).StrengthOf(op.Id);
            var decision = context.Authoriser(parsed).Authorise(request, current);
            if (parsed.GetValue(CliApp.JsonOption)) WriteJson(context.Output, decision, request.Persons);
            else WriteHuman(context.Output, decision, request);
            return decision.Authorised ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }

    /// <summary>The decision as JSON; for a write the law refused, with "outcome": "refused", as a written one says "written", so a script reads one field for both.</summary>
    internal static void WriteJson(Output output, Decision decision, int persons, string? outcome = null) => output.Json(json =>
    {
        json.WriteStartObject();
        if (outcome is not null) json.WriteString("outcome", outcome);
        json.WriteString("operation", decision.Operation.Value);
        json.WriteString("date", Output.Date(decision.Period.Start));
        if (decision.Period.End != decision.Period.Start) json.WriteString("until", Output.Date(decision.Period.End));
        json.WriteNumber("persons", persons);
        json.WriteBoolean("authorised", decision.Authorised);
        json.WriteNumber("headroom", decision.Headroom);
        json.WriteStartArray("mandates");
        foreach (var m in decision.Mandates) json.WriteStringValue(m.Value);
        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var f in decision.Findings)
        {
            json.WriteStartObject();
            json.WriteString("rule", f.RuleId);
            json.WriteString("title", f.Title);
            json.WriteString("outcome", OutcomeWord(f.Outcome));
            json.WriteString("reason", f.Reason);
            json.WriteStartArray("citations");
            foreach (var c in f.Citations)
            {
                json.WriteStartObject();
                json.WriteString("act", c.Act);
                json.WriteString("provision", c.Provision);
                json.WriteString("document", c.Document);
                json.WriteString("url", c.Url);
                json.WriteBoolean("verified", c.Unverified is null);
                if (c.Unverified is { } source)
                {
                    // Where the record has the fact from, and why it is unconfirmed: the citation says where it belongs.
                    json.WriteString("recordSource", source.Reference);
                    json.WriteString("note", source.Note);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    internal static string OutcomeWord(Outcome outcome) => outcome switch
    {
        Outcome.Met => "met",
        Outcome.NotMet => "not-met",
        _ => "not-applicable",
    };

    private static void WriteHuman(Output output, Decision decision, DeploymentRequest request)
    {
        var console = output.Console;
        var when = Days.Describe(decision.Period);
        var verdict = decision.Authorised ? "[green bold]AUTHORISED[/]" : "[red bold]REFUSED[/]";
        console.MarkupLine($"{Markup.Escape(decision.Operation.Value)} {when}, {request.Persons} more: {verdict}");
        WriteFindings(output, decision);
    }

    internal static void WriteFindings(Output output, Decision decision)
    {
        var console = output.Console;
        var headroom = decision.Headroom switch
        {
            < 0 and var over => $"{over} ({-over} serving above the ceiling already)",
            0 when decision.LetsNobodyServe => "0 (the law lets nobody serve on some of these days: see the findings)",
            var room => $"{room} (persons that may still be added on every day, under the ceiling)",
        };
        console.MarkupLine($"Headroom: {headroom}" +
            (decision.Mandates.Count > 0 ? $"; mandate: {Markup.Escape(string.Join(", ", decision.Mandates))}" : ""));
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("").Centered());
        table.AddColumn("Rule");
        table.AddColumn("Finding and citations");
        foreach (var f in decision.Findings)
        {
            var mark = f.Outcome switch { Outcome.Met => "[green]✓[/]", Outcome.NotMet => "[red]✗[/]", _ => "[grey]–[/]" };
            var citations = f.Citations.Count == 0 ? "" :
                "\n[grey]" + Markup.Escape(string.Join("\n", f.Citations.Select(c => "• " + c))) + "[/]";
            table.AddRow(new Markup(mark), new Markup($"{f.Rule.Number} {Markup.Escape(f.RuleId)}"), new Markup(Markup.Escape(f.Reason) + citations));
        }
        console.Write(table);
    }
}
