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
    /// <summary>
    /// Days of equal strength under one state of the law: the governing mandate, and why it authorises no
    /// tour on them (revoked, ended, its legal basis lapsed; null if it does). Headroom only where it does.
    /// </summary>
    private sealed record Stretch(DateInterval Days, int Strength, Mandate? Mandate, string? NotAuthorising)
    {
        public int? Headroom => Mandate is null || NotAuthorising is not null ? null : Mandate.Ceiling.Persons - Strength;
    }

    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var days = new PeriodOptions();
        var by = new Option<string?>("--by") { Description = "Break the strength down: 'task'." };
        var asRecorded = new Option<string?>("--as-recorded-at") { Description = "Answer as the ledger stood at this instant (e.g. 2025-07-02T00:00:00Z), not as known now." };
        var command = new Command("strength", "Deployed strength, ceiling and headroom per day or period, as known now or as recorded at an instant.")
        {
            operation,
        };
        days.AddTo(command);
        command.Options.Add(by);
        command.Options.Add(asRecorded);
        command.SetAction(parsed =>
        {
            var period = days.Read(parsed, context);
            var byTask = parsed.GetValue(by)?.ToLowerInvariant() switch
            {
                null => false,
                "task" => true,
                _ => throw new BadInputException($"--by: '{Arguments.Shown(parsed.GetValue(by)!)}' is not a breakdown; expected task."),
            };
            Instant? instant = parsed.GetValue(asRecorded) is { } text ? Arguments.Instant("--as-recorded-at", text) : null;

            var record = context.Record(parsed);
            var op = Arguments.Operation(record, parsed.GetValue(operation)!);
            var state = instant is { } at ? context.StateAsRecordedAt(parsed, at) : context.Ledger(parsed).State;
            // As recorded at an instant, the ceilings and mandates are those the law held then, too (null if
            // the operation was not in it yet): what a query at that instant answered.
            var law = instant is { } then ? new Authoriser(context.RecordAsRecordedAt(parsed, state, then)) : context.Authoriser(parsed);
            var stretches = Stretches(law, law.Record.FindOperation(op.Id.Value), state.StrengthOf(op.Id), period);
            var tasks = byTask ? ByTask(state, op.Id, period) : null;
            var inRecord = law.Record.FindOperation(op.Id.Value) is not null;
            if (parsed.GetValue(CliApp.JsonOption)) WriteJson(context.Output, op, inRecord, period, instant, stretches, tasks);
            else WriteHuman(context.Output, op, inRecord, period, instant, stretches, tasks);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The period cut where strength or the law changes, each stretch with the mandate governing it and,
    /// where that mandate authorises no tour, the law's reason (asked of the rules for those days, so the
    /// table never shows headroom on a day nobody may serve).
    /// </summary>
    private static List<Stretch> Stretches(Authoriser law, Operation? op, IStrength strength, DateInterval period)
    {
        var cuts = new List<(DateInterval Days, int Strength, Mandate? Mandate)>();
        var changes = op is null ? [] : law.ChangeDays(op);
        var nextChange = 0;
        for (var i = 0; i < period.Length; i++)
        {
            var day = period.Start.PlusDays(i);
            var lawChanges = false;
            for (; nextChange < changes.Count && changes[nextChange] <= day; nextChange++)
                lawChanges |= changes[nextChange] == day;
            var s = strength.On(day);
            var mandate = op is null ? null : Chain.Governing(op, day);
            if (cuts.Count > 0 && cuts[^1] is var last && !lawChanges && last.Strength == s && last.Mandate == mandate)
                cuts[^1] = last with { Days = new DateInterval(last.Days.Start, day) };
            else
                cuts.Add((new DateInterval(day, day), s, mandate));
        }
        return cuts.Select(c => new Stretch(c.Days, c.Strength, c.Mandate, c.Mandate is null ? null : NotAuthorising(law, op!, c.Days))).ToList();
    }

    /// <summary>Why the law lets no tour serve on the days (apart from the ceiling, which is the strength's own column), or null if it does.</summary>
    private static string? NotAuthorising(Authoriser law, Operation op, DateInterval days) =>
        law.Authorise(new DeploymentRequest(op.Id, days, 0), ConstantStrength.None).Refusals
            .FirstOrDefault(f => f.Rule != Rulebook.Ceiling)?.Reason;

    /// <summary>The most persons deployed for each task on any day of the period.</summary>
    private static SortedDictionary<string, int> ByTask(LedgerState state, OperationId op, DateInterval period)
    {
        var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var tours = state.ToursOf(op, period).ToList();
        foreach (var task in tours.Select(t => t.Task).Distinct())
            result[task] = Enumerable.Range(0, period.Length).Max(i => tours.Count(t => t.Task == task && t.Covers(period.Start.PlusDays(i))));
        return result;
    }

    private static void WriteHuman(Output output, Operation op, bool inRecord, DateInterval period, Instant? instant, List<Stretch> stretches, SortedDictionary<string, int>? tasks)
    {
        var known = instant is { } at ? $"as recorded at {InstantPattern.ExtendedIso.Format(at)}" : "as known now";
        output.Console.MarkupLine($"[bold]{Markup.Escape(op.Id.Value)}[/] {Days.Describe(period)}, {known}: most deployed {stretches.Max(s => s.Strength)}");
        if (!inRecord) output.Console.MarkupLine($"{Markup.Escape(op.Id.Value)} was not in the record yet, so no mandate governed any day as then known.");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "From", "To", "Strength", "Ceiling", "Headroom", "Mandate", "Authorises tours" }) table.AddColumn(h);
        foreach (var s in stretches)
            table.AddRow(Days.Format(s.Days.Start), Days.Format(s.Days.End),
                s.Strength > 0 && s.Headroom is null ? $"[red]{s.Strength}[/]" : s.Strength.ToString(), // serving where nothing authorises it
                s.Mandate?.Ceiling.ToString() ?? "—", s.Headroom is { } h ? (h < 0 ? $"[red]{h}[/]" : h.ToString()) : "—", Markup.Escape(s.Mandate?.Id.Value ?? "no mandate"),
                s.Mandate is null ? "no" : s.NotAuthorising is { } why ? $"[yellow]no: {Markup.Escape(why)}[/]" : "yes");
        output.Console.Write(table);
        if (tasks is not null)
        {
            var byTask = new Table().Border(TableBorder.Rounded).AddColumn("Task").AddColumn("Most deployed on a day");
            foreach (var (task, n) in tasks) byTask.AddRow(Markup.Escape(task), n.ToString());
            output.Console.Write(byTask);
        }
    }

    private static void WriteJson(Output output, Operation op, bool inRecord, DateInterval period, Instant? instant, List<Stretch> stretches, SortedDictionary<string, int>? tasks) => output.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("operation", op.Id.Value);
        json.WriteBoolean("operationInRecord", inRecord);
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
                if (s.Headroom is { } headroom) json.WriteNumber("headroom", headroom);
                else json.WriteNull("headroom");
                json.WriteString("mandate", s.Mandate.Id.Value);
            }
            json.WriteBoolean("authorisesTours", s.Mandate is not null && s.NotAuthorising is null);
            json.WriteString("notAuthorising", s.NotAuthorising);
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
