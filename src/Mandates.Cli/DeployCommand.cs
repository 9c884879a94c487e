using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>`mandates deploy KFOR --person P-4711 --task reconnaissance --from 2025-07-01`: records a tour, if the law allows it on every day it covers.</summary>
internal static class DeployCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var person = new Option<string>("--person") { Description = "The person's pseudonymous service identifier (never a name), e.g. P-4711.", Required = true };
        var task = new Option<string>("--task") { Description = "The task: its key in the mandate (any case) or its title, e.g. reconnaissance.", Required = true };
        var area = new Option<string?>("--area") { Description = "The place: its key in the mandate (any case) or its title, e.g. kosovo. Without it, the tour is not checked for place." };
        var from = new Option<string>("--from") { Description = "The first day of service (YYYY-MM-DD).", Required = true };
        var until = new Option<string?>("--until") { Description = "The last day of service, inclusive. Default: open until ended, and checked on every day to come, so a time-limited mandate refuses an open tour: give its last day." };
        var exception = new Option<string?>("--exception") { Description = "A ceiling exception clause the tour relies on above the ceiling: rotation, transfer or emergency. Only where the mandate has that clause (`show` lists them); within the ceiling none is needed, and naming one the mandate lacks is refused." };
        var key = new Option<string?>("--key") { Description = "An idempotency key: the same key and content again returns the first result and writes nothing." };
        var command = new Command("deploy", "Record a tour. It is written only if it is authorised on every day it covers; exit 0 written, 1 refused, 2 bad input.")
        {
            operation, person, task, area, from, until, exception, key,
        };
        command.SetAction(parsed =>
        {
            var who = Arguments.Person("--person", parsed.GetValue(person)!);
            var first = Arguments.Date("--from", parsed.GetValue(from)!);
            var last = parsed.GetValue(until) is { } u ? Arguments.Date("--until", u) : (NodaTime.LocalDate?)null;
            var relying = parsed.GetValue(exception) is { } e ? Arguments.ExceptionKind("--exception", e) : (CeilingExceptionKind?)null;
            var named = Arguments.Key(parsed.GetValue(key));
            var (duty, place) = (Arguments.Element("--task", parsed.GetValue(task))!, Arguments.Element("--area", parsed.GetValue(area)));
            // Before the store is opened (and, on first use, filled): bad input writes nothing at all.
            if (TourLedger.InvalidPeriod(first, last) is { } invalid) throw new Core.Problems.ProblemException(invalid);
            CommandContext.BeforeWriting(parsed, "deploy");
            var op = Arguments.Operation(context.Record(parsed), parsed.GetValue(operation)!);
            var outcome = context.Ledger(parsed).Deploy(new DeployRequest(op.Id, who, duty, first, last)
            {
                Area = place, Exception = relying, IdempotencyKey = named,
            });
            return WriteCommands.Report(context.Output, outcome, parsed.GetValue(CliApp.JsonOption), openEnded: last is null);
        });
        return command;
    }
}

/// <summary>How the writing commands report what became of a write.</summary>
internal static class WriteCommands
{
    /// <summary>
    /// Says what a write did: written (and, given an <c>effect</c>, what it did to the tour: said after the
    /// position, and as fields of the JSON), refused with the decision, or bad input.
    /// </summary>
    public static int Report(Output output, WriteOutcome outcome, bool json,
        (string Said, Action<System.Text.Json.Utf8JsonWriter> Fields)? effect = null, bool openEnded = false)
    {
        switch (outcome)
        {
            case WriteOutcome.Written written:
                if (json) output.Json(j =>
                {
                    j.WriteStartObject();
                    j.WriteString("outcome", written.Replayed ? "already-written" : "written");
                    j.WriteNumber("position", written.Event.Position);
                    j.WriteString("type", written.Event.Type);
                    j.WriteString("recordedBy", written.Event.RecordedBy);
                    j.WriteString("hash", written.Event.Hash);
                    effect?.Fields(j);
                    j.WriteEndObject();
                });
                else
                {
                    output.Console.MarkupLine(written.Replayed
                        ? $"[yellow]Already written[/] at ledger position {written.Event.Position} under this key; nothing new was written."
                        : $"[green]Written[/] at ledger position {written.Event.Position} ({Markup.Escape(written.Event.Type)}), recorded by {Markup.Escape(written.Event.RecordedBy)}.");
                    if (effect is { } said) output.Writer.WriteLine(said.Said);
                }
                return ExitCodes.Ok;
            case WriteOutcome.Refused refused:
                if (json) Views.DecisionView.Json(output, refused.Decision, 1, "refused", openEnded);
                else
                {
                    output.Console.MarkupLine("[red bold]REFUSED[/]: nothing was written.");
                    Views.DecisionView.Findings(output, refused.Decision);
                }
                return ExitCodes.Refused;
            case WriteOutcome.Invalid invalid:
                throw new WriteProblemException(invalid.Problem);
            default:
                throw new InvalidOperationException($"Unknown outcome {outcome}.");
        }
    }
}
