using System.CommandLine;
using Mandates.Core.Ledger;
using Mandates.Core.Rules;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>`mandates audit`: re-checks all of history against the law as now recorded; lists every violation with its cause.</summary>
internal static class AuditCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Option<string?>("--operation") { Description = "Audit one operation only, e.g. KFOR." };
        var command = new Command("audit", "Re-check every day of every tour against the law, and that nobody is on two tours at once. Exit 0 none found, 1 violations found.") { operation };
        command.SetAction(parsed =>
        {
            var record = context.Record(parsed);
            var only = parsed.GetValue(operation) is { } o ? Arguments.Operation(record, o, "--operation").Id : (Mandates.Core.Law.OperationId?)null;
            var ledger = context.Ledger(parsed);
            var state = ledger.State;
            var violations = context.Output.WithProgress($"Auditing {state.Head:N0} entries", parsed.GetValue(CliApp.JsonOption),
                progress => Audit.Run(context.Authoriser(parsed), state, only, progress));
            if (parsed.GetValue(CliApp.JsonOption))
                context.Output.Json(j =>
                {
                    j.WriteStartObject();
                    j.WriteNumber("entries", state.Head);
                    j.WriteStartArray("violations");
                    foreach (var v in violations)
                    {
                        j.WriteStartObject();
                        j.WriteString("operation", v.Operation.Value);
                        j.WriteString("from", Mandates.Core.Law.Days.Format(v.Days.Start));
                        j.WriteString("to", Mandates.Core.Law.Days.Format(v.Days.End));
                        j.WriteString("rule", v.Rule);
                        j.WriteString("cause", v.Cause);
                        j.WriteEndObject();
                    }
                    j.WriteEndArray();
                    j.WriteEndObject();
                });
            else if (violations.Count == 0)
                context.Output.Writer.WriteLine($"No violation: every day of every tour in {state.Head} ledger entries is authorised by the law as now recorded.");
            else
            {
                var table = new Table().Border(TableBorder.Rounded).Expand();
                foreach (var h in new[] { "Operation", "From", "To", "Rule", "Cause" }) table.AddColumn(h);
                foreach (var v in violations)
                    table.AddRow(Markup.Escape(v.Operation.Value), Mandates.Core.Law.Days.Format(v.Days.Start), Mandates.Core.Law.Days.Format(v.Days.End), Markup.Escape(v.Rule), Markup.Escape(v.Cause));
                context.Output.Console.MarkupLine($"[red bold]{violations.Count} violation{(violations.Count == 1 ? "" : "s")}[/]:");
                context.Output.Console.Write(table);
            }
            return violations.Count == 0 ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }
}
