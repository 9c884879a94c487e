using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>`mandates strength KFOR --from 2025-07-01 --to 2025-07-31`: deployed strength against the ceiling, per stretch of equal strength, as known now or as recorded at an instant.</summary>
internal static class StrengthCommand
{
    private sealed record Stretch(DateInterval Days, int Strength, Mandate? Mandate)
    {
        public int? Headroom => Mandate is null ? null : Mandate.Ceiling.Persons - Strength;
    }

    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var on = new Option<string?>("--on") { Description = "One day (YYYY-MM-DD). Default: today, unless --from is given." };
        var from = new Option<string?>("--from") { Description = "The first day of a period." };
        var to = new Option<string?>("--to") { Description = "The last day of a period, inclusive." };
        var by = new Option<string?>("--by") { Description = "Break the strength down: 'task'." };
        var asRecorded = new Option<string?>("--as-recorded-at") { Description = "Answer as the ledger stood at this instant (e.g. 2025-07-02T00:00:00Z), not as known now." };
        var command = new Command("strength", "Deployed strength, ceiling and headroom per day or period, as known now or as recorded at an instant.")
        {
            operation, on, from, to, by, asRecorded,
        };
        command.SetAction(parsed =>
        {
            DateInterval period;
            if (parsed.GetValue(from) is { } f)
            {
                if (parsed.GetValue(on) is not null) throw new BadInputException("--on and --from: give one day with --on, or a period with --from and --to, not both.");
                var first = Arguments.Date("--from", f);
                var last = parsed.GetValue(to) is { } t ? Arguments.Date("--to", t) : throw new BadInputException("--to: a period needs its last day, e.g. --from 2025-07-01 --to 2025-07-31.");
                if (last < first) throw new BadInputException($"--to: '{Days.Format(last)}' is before --from ({Days.Format(first)}); expected a day on or after it.");
                period = new DateInterval(first, last);
            }
            else
            {
                if (parsed.GetValue(to) is not null) throw new BadInputException("--to: goes with --from, e.g. --from 2025-07-01 --to 2025-07-31.");
                var day = context.DateOr(parsed, on);
                period = new DateInterval(day, day);
            }
            var (startOption, endOption) = parsed.GetValue(from) is null ? ("--on", "--on") : ("--from", "--to");
            Arguments.Covered(startOption, period.Start);
            Arguments.Covered(endOption, period.End);
            var byTask = parsed.GetValue(by)?.ToLowerInvariant() switch
            {
                null => false,
                "task" => true,
                _ => throw new BadInputException($"--by: '{Arguments.Shown(parsed.GetValue(by)!)}' is not a breakdown; expected task."),
            };
            Instant? instant = parsed.GetValue(asRecorded) is { } text
                ? InstantPattern.ExtendedIso.Parse(text) is { Success: true } r ? r.Value
                    : throw new BadInputException($"--as-recorded-at: '{Arguments.Shown(text)}' is not an instant; expected an ISO 8601 UTC time like 2025-07-02T00:00:00Z.")
                : null;

            var record = context.Record(parsed);
            var op = Arguments.Operation(record, parsed.GetValue(operation)!);
            var state = instant is { } at ? context.StateAsRecordedAt(parsed, at) : context.Ledger(parsed).State;
            var stretches = Stretches(op, state.StrengthOf(op.Id), period);
            var tasks = byTask ? ByTask(state, op.Id, period) : null;
            if (parsed.GetValue(CliApp.JsonOption)) WriteJson(context.Output, op, period, instant, stretches, tasks);
            else WriteHuman(context.Output, op, period, instant, stretches, tasks);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The period cut where strength or the governing mandate changes.</summary>
    private static List<Stretch> Stretches(Operation op, IStrength strength, DateInterval period)
    {
        var stretches = new List<Stretch>();
        for (var i = 0; i < period.Length; i++)
        {
            var day = period.Start.PlusDays(i);
            var s = strength.On(day);
            var mandate = Chain.Governing(op, day);
            if (stretches.Count > 0 && stretches[^1] is var last && last.Strength == s && last.Mandate == mandate)
                stretches[^1] = last with { Days = new DateInterval(last.Days.Start, day) };
            else
                stretches.Add(new Stretch(new DateInterval(day, day), s, mandate));
        }
        return stretches;
    }

    /// <summary>The most persons deployed for each task on any day of the period.</summary>
    private static SortedDictionary<string, int> ByTask(LedgerState state, OperationId op, DateInterval period)
    {
        var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var tours = state.ToursOf(op, period).ToList();
        foreach (var task in tours.Select(t => t.Task).Distinct())
            result[task] = Enumerable.Range(0, period.Length).Max(i => tours.Count(t => t.Task == task && t.Covers(period.Start.PlusDays(i))));
        return result;
    }

    private static void WriteHuman(Output output, Operation op, DateInterval period, Instant? instant, List<Stretch> stretches, SortedDictionary<string, int>? tasks)
    {
        var known = instant is { } at ? $"as recorded at {InstantPattern.ExtendedIso.Format(at)}" : "as known now";
        output.Console.MarkupLine($"[bold]{Markup.Escape(op.Id.Value)}[/] {Days.Describe(period)}, {known}: most deployed {stretches.Max(s => s.Strength)}");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "From", "To", "Strength", "Ceiling", "Headroom", "Mandate" }) table.AddColumn(h);
        foreach (var s in stretches)
            table.AddRow(Days.Format(s.Days.Start), Days.Format(s.Days.End), s.Strength.ToString(),
                s.Mandate?.Ceiling.ToString() ?? "—", s.Headroom is { } h ? (h < 0 ? $"[red]{h}[/]" : h.ToString()) : "—", Markup.Escape(s.Mandate?.Id.Value ?? "no mandate"));
        output.Console.Write(table);
        if (tasks is not null)
        {
            var byTask = new Table().Border(TableBorder.Rounded).AddColumn("Task").AddColumn("Most deployed on a day");
            foreach (var (task, n) in tasks) byTask.AddRow(Markup.Escape(task), n.ToString());
            output.Console.Write(byTask);
        }
    }

    private static void WriteJson(Output output, Operation op, DateInterval period, Instant? instant, List<Stretch> stretches, SortedDictionary<string, int>? tasks) => output.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("operation", op.Id.Value);
        json.WriteString("from", Days.Format(period.Start));
        json.WriteString("to", Days.Format(period.End));
        json.WriteString("asRecordedAt", instant is { } at ? InstantPattern.ExtendedIso.Format(at) : null);
        json.WriteNumber("maxStrength", stretches.Max(s => s.Strength));
        json.WriteStartArray("stretches");
        foreach (var s in stretches)
        {
            json.WriteStartObject();
            json.WriteString("from", Days.Format(s.Days.Start));
            json.WriteString("to", Days.Format(s.Days.End));
            json.WriteNumber("strength", s.Strength);
            if (s.Mandate is null) { json.WriteNull("ceiling"); json.WriteNull("headroom"); json.WriteNull("mandate"); }
            else
            {
                json.WriteNumber("ceiling", s.Mandate.Ceiling.Persons);
                json.WriteNumber("headroom", s.Headroom!.Value);
                json.WriteString("mandate", s.Mandate.Id.Value);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (tasks is not null)
        {
            json.WriteStartObject("byTask");
            foreach (var (task, n) in tasks) json.WriteNumber(task, n);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    });
}
