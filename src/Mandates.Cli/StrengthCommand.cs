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
    /// Days of equal strength that the law treats alike: the governing mandate (if any), and why the law
    /// lets no tour serve on them, rule by rule (none if it does), the strength over the ceiling among them.
    /// Headroom under a mandate's ceiling: negative over it, and none (0) where the law lets nobody serve, as
    /// `check` says; none at all where no mandate governs.
    /// </summary>
    private sealed record Stretch(DateInterval Days, int Strength, Mandate? Mandate, IReadOnlyList<(string Rule, string Reason)> Refusals)
    {
        /// <summary>Where the strength is over the ceiling but every tour above it is within an exception clause's bounds: why that is lawful.</summary>
        public string? UnderException { get; init; }

        public bool Authorises => Mandate is not null && Refusals.Count == 0;
        /// <summary>Whether the law lets nobody serve on these days, whatever the strength: no mandate, or a rule other than the ceiling refuses.</summary>
        public bool LetsNobodyServe => Mandate is null || Refusals.Any(r => r.Rule != Rulebook.Ceiling.Id);
        public int? Headroom => Mandate is null ? null
            : LetsNobodyServe ? Math.Min(0, Mandate.Ceiling.Persons - Strength)
            : Mandate.Ceiling.Persons - Strength;
    }

    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string>("operation") { Description = "The operation, e.g. KFOR." };
        var days = new PeriodOptions();
        var by = new Option<string?>("--by") { Description = "'task': also the most deployed on a day for each task over the period (a table of its own, beside the stretches)." };
        var asRecorded = new Option<string?>("--as-recorded-at")
        {
            Description = "Answer as the ledger stood at this instant (e.g. 2025-07-02T00:00:00Z): its tours and its law (mandates, ceilings, legal acts) as then recorded, not as known now.",
        };
        var command = new Command("strength",
            "Deployed strength per day or period against the ceiling, and whether the law lets tours serve on those days (if not, why, rule by rule); as known now or as recorded at an instant.")
        {
            operation,
        };
        days.AddTo(command);
        command.Options.Add(by);
        command.Options.Add(asRecorded);
        command.SetAction(parsed =>
        {
            var instant = context.AsRecordedAt(parsed, asRecorded);
            // Without a day, the day of the question: today, or the instant's day (as a query then would have asked).
            var period = days.Read(parsed, context, instant);
            var byTask = parsed.GetValue(by)?.ToLowerInvariant() switch
            {
                null => false,
                "task" => true,
                _ => throw new BadInputException($"--by: '{Arguments.Shown(parsed.GetValue(by)!)}' is not a breakdown; expected task."),
            };
            var op = Arguments.Operation(context.Record(parsed), parsed.GetValue(operation)!);
            // As recorded at an instant, the ceilings and mandates are those the law held then, too.
            var (state, law) = context.Known(parsed, instant);
            // Null if the operation was not in the record yet.
            var opThen = law.Record.FindOperation(op.Id.Value);
            // Over a ceiling with exception clauses, whether the tours above it are within their bounds is the audit's to say, tour by tour: asked only then.
            var ceilingBroken = new Lazy<IReadOnlyList<Violation>>(() => Audit.Run(law, state, op.Id).Where(v => v.Rule == Rulebook.Ceiling.Id).ToList());
            var stretches = opThen is null ? [new Stretch(period, 0, null, [NotYetRecorded(op)])] : Stretches(law, opThen, state.StrengthOf(op.Id), period, ceilingBroken);
            var tasks = byTask ? ByTask(state, op.Id, period) : null;
            if (parsed.GetValue(CliApp.JsonOption)) WriteJson(context.Output, op, opThen is not null, period, instant, stretches, tasks);
            else WriteHuman(context.Output, op, opThen is not null, period, instant, stretches, tasks);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Why nothing was authorised, as then known, for an operation the record did not hold yet.</summary>
    private static (string Rule, string Reason) NotYetRecorded(Operation op) =>
        (Rulebook.Consent.Id, $"{op.Id} was not in the record yet, so no consent to it was recorded.");

    /// <summary>
    /// The period cut where strength, the governing mandate or the law's answer changes. The law may change
    /// only on its change days, so it is asked once for each piece between them; neighbours it treats alike
    /// are joined, and the reasons are worded for the joined days. So the table never shows headroom on a
    /// day nobody may serve, and never splits where nothing it shows changes.
    /// </summary>
    private static List<Stretch> Stretches(Authoriser law, Operation op, IStrength strength, DateInterval period, Lazy<IReadOnlyList<Violation>> ceilingBroken)
    {
        var cuts = new List<(DateInterval Days, int Strength, Mandate? Mandate)>();
        var changes = law.ChangeDays(op);
        var nextChange = 0;
        for (var i = 0; i < period.Length; i++)
        {
            var day = period.Start.PlusDays(i);
            // Step past the change days up to this day: the law may change today if one of them is today.
            var lawMayChange = false;
            for (; nextChange < changes.Count && changes[nextChange] <= day; nextChange++)
                lawMayChange |= changes[nextChange] == day;
            var s = strength.On(day);
            var mandate = Chain.Governing(op, day);
            if (cuts.Count > 0 && cuts[^1] is var last && !lawMayChange && last.Strength == s && last.Mandate == mandate)
                cuts[^1] = last with { Days = new DateInterval(last.Days.Start, day) };
            else
                cuts.Add((new DateInterval(day, day), s, mandate));
        }
        var joined = new List<(Stretch Stretch, bool Joined)>();
        foreach (var (days, s, mandate) in cuts)
        {
            var stretch = Judged(law, op, days, s, mandate, ceilingBroken);
            if (joined.Count > 0 && joined[^1].Stretch is var last && last.Strength == s && last.Mandate == mandate
                && last.Refusals.Select(r => r.Rule).SequenceEqual(stretch.Refusals.Select(r => r.Rule)) && (last.UnderException is null) == (stretch.UnderException is null))
                joined[^1] = (last with { Days = new DateInterval(last.Days.Start, days.End) }, true);
            else
                joined.Add((stretch, false));
        }
        // A joined stretch's reasons name the days they speak of: asked again for all its days.
        return joined.Select(j => j.Joined && (j.Stretch.Refusals.Count > 0 || j.Stretch.UnderException is not null)
            ? Judged(law, op, j.Stretch.Days, j.Stretch.Strength, j.Stretch.Mandate, ceilingBroken) : j.Stretch).ToList();
    }

    /// <summary>
    /// Days of one strength as the law sees them: why it lets no tour serve, by rule (none if it does). The
    /// ceiling is judged on the strength itself: over it, the tours serving are more than the mandate allows,
    /// unless every tour above it relies on an exception clause within its bounds, which the audit checks
    /// tour by tour (<paramref name="ceilingBroken"/>: where it found the ceiling broken).
    /// </summary>
    private static Stretch Judged(Authoriser law, Operation op, DateInterval days, int strength, Mandate? mandate, Lazy<IReadOnlyList<Violation>> ceilingBroken)
    {
        var refusals = law.Authorise(new DeploymentRequest(op.Id, days, 0), ConstantStrength.None).Refusals
            .Where(f => f.Rule != Rulebook.Ceiling).Select(f => (f.RuleId, f.Reason)).ToList();
        if (mandate is null || strength <= mandate.Ceiling.Persons) return new Stretch(days, strength, mandate, refusals);
        var over = $"{N(strength)} serving > {N(mandate.Ceiling.Persons)}, the ceiling of {mandate.Name}";
        if (mandate.CeilingExceptions.Count == 0)
            refusals.Add((Rulebook.Ceiling.Id, $"{over}, which provides no exception clause."));
        else if (ceilingBroken.Value.Any(v => v.Days.Start <= days.End && days.Start <= v.Days.End))
            refusals.Add((Rulebook.Ceiling.Id, $"{over}: tours above it that no exception clause covers within its bounds (`audit` lists them)."));
        else if (refusals.Count == 0)
            return new Stretch(days, strength, mandate, refusals) { UnderException = $"{over}, but every tour above it relies on an exception clause within its bounds (as `audit` checks)." };
        return new Stretch(days, strength, mandate, refusals);
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

    private static void WriteHuman(Output output, Operation op, bool inRecord, DateInterval period, Instant? instant, List<Stretch> stretches, SortedDictionary<string, int>? tasks)
    {
        output.Console.MarkupLine($"[bold]{Markup.Escape(op.Id.Value)}[/] {Days.Describe(period)}, {Output.Known(instant)}: most deployed {stretches.Max(s => s.Strength)}");
        if (!inRecord) output.Console.MarkupLine($"{Markup.Escape(op.Id.Value)} was not in the record yet, so no mandate governed any day as then known.");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "From", "To", "Strength", "Ceiling", "Headroom", "Mandate", "Authorises tours" }) table.AddColumn(h);
        foreach (var s in stretches)
            table.AddRow(Days.Format(s.Days.Start), Days.Format(s.Days.End),
                s.Strength > 0 && s.LetsNobodyServe ? $"[red]{N(s.Strength)}[/]" : N(s.Strength), // serving where nothing authorises it
                s.Mandate?.Ceiling.ToString() ?? "—", s.Headroom is { } h ? (h < 0 ? $"[red]{N(h)}[/]" : N(h)) : "—", Markup.Escape(s.Mandate?.Id.Value ?? "no mandate"),
                s.Authorises ? (s.UnderException is { } why ? $"yes: {Markup.Escape(why)}" : "yes") : $"[yellow]no: {Markup.Escape(string.Join(" ", s.Refusals.Select(r => r.Reason)))}[/]");
        output.Console.Write(table);
        if (tasks is not null)
        {
            var byTask = new Table().Border(TableBorder.Rounded).AddColumn("Task").AddColumn("Most deployed on a day");
            foreach (var (task, n) in tasks) byTask.AddRow(Markup.Escape(task), n.ToString());
            output.Console.Write(byTask);
        }
    }

    /// <summary>A number of persons as the ceiling is shown: 8,500.</summary>
    private static string N(int persons) => persons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

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
            json.WriteBoolean("authorisesTours", s.Authorises);
            json.WriteString("underException", s.UnderException);
            json.WriteStartArray("notAuthorising");
            foreach (var (rule, reason) in s.Refusals)
            {
                json.WriteStartObject();
                json.WriteString("rule", rule);
                json.WriteString("reason", reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
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
