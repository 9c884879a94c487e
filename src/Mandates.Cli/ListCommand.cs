using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>`mandates list --on 2025-07-01`: every operation, whether it is authorised that day, its ceiling and its next deadline.</summary>
internal static class ListCommand
{
    private sealed record Row(Operation Operation, Decision Decision, Mandate? Mandate, Deadline? Next);

    public static Command Create(CommandContext context)
    {
        var on = new Option<string?>("--on") { Description = "The day (YYYY-MM-DD). Default: today." };
        var command = new Command("list", "Every operation: its status on a day, its ceiling and its next deadline.") { on };
        command.SetAction(parsed =>
        {
            var day = context.DateOr(parsed, on);
            var record = context.Record(parsed);
            var authoriser = context.Authoriser(parsed);
            var rows = record.Operations.Select(op => new Row(
                op,
                authoriser.Authorise(DeploymentRequest.On(op.Id, day, 0), ConstantStrength.None),
                Chain.Governing(op, day),
                Next(Deadlines.From(record, op, day), day))).ToList();
            if (parsed.GetValue(CliApp.JsonOption)) WriteJson(context.Output, rows, day);
            else WriteHuman(context.Output, rows, day);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Status(Decision decision) =>
        decision.Authorised ? "authorised" : "not authorised: " + decision.Refusals.First().Rule.Refusal;

    private static void WriteHuman(Output output, List<Row> rows, LocalDate day)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        foreach (var h in new[] { "Operation", $"Status on {Output.Date(day)}", "Mandate", "Ceiling", "Next deadline" }) table.AddColumn(h);
        foreach (var row in rows)
            table.AddRow(
                new Markup(Markup.Escape(row.Operation.Id.Value)),
                new Markup(row.Decision.Authorised ? "[green]authorised[/]" : $"[red]{Markup.Escape(Status(row.Decision))}[/]"),
                new Markup(Markup.Escape(row.Mandate?.Name ?? "—")),
                new Markup(row.Mandate?.Ceiling.ToString() ?? "—"),
                new Markup(Markup.Escape(row.Next is { } n ? $"{Output.Date(n.Date)}: {n.What}" : "none: open-ended, no dated limit known")));
        output.Console.Write(table);
    }

    /// <summary>
    /// The next deadline: the first still to come; only where none is, the latest word on one past (an
    /// overdue resubmission, a rejected one), so that a past note never hides a limit to come.
    /// </summary>
    private static Deadline? Next(IReadOnlyList<Deadline> deadlines, LocalDate day) =>
        deadlines.FirstOrDefault(d => d.Date >= day) ?? deadlines.LastOrDefault();

    private static void WriteJson(Output output, List<Row> rows, LocalDate day) => output.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("date", Output.Date(day));
        json.WriteStartArray("operations");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("operation", row.Operation.Id.Value);
            json.WriteString("name", row.Operation.Name);
            json.WriteBoolean("authorised", row.Decision.Authorised);
            json.WriteString("status", Status(row.Decision));
            json.WriteString("mandate", row.Mandate?.Id.Value);
            if (row.Mandate is null) json.WriteNull("ceiling"); else json.WriteNumber("ceiling", row.Mandate.Ceiling.Persons);
            if (row.Next is { } next)
            {
                json.WriteStartObject("nextDeadline");
                json.WriteString("date", Output.Date(next.Date));
                json.WriteString("what", next.What);
                json.WriteBoolean("legalLimit", next.IsLegalLimit);
                json.WriteEndObject();
            }
            else json.WriteNull("nextDeadline");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
