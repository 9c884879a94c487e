using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>
/// `mandates tours KFOR --on 2025-07-01`, `mandates tours --person P-4711`: the tours in the ledger, each
/// with the position that started it (the number `end-tour` finds and `correct-tour --tour` takes), as
/// known now or as recorded at an instant.
/// </summary>
internal static class ToursCommand
{
    /// <summary>How many tours a table shows; --json gives them all.</summary>
    private const int Shown = 500;

    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string?>("operation") { Description = "The operation, e.g. KFOR. Either it or --person is needed.", Arity = ArgumentArity.ZeroOrOne };
        var person = new Option<string?>("--person") { Description = "One person's tours (pseudonymous service identifier, e.g. P-4711): all of them, unless a day or period is given." };
        var days = new PeriodOptions();
        var asRecorded = new Option<string?>("--as-recorded-at") { Description = "The tours as the ledger held them at this instant (e.g. 2025-07-02T00:00:00Z), not as known now." };
        var command = new Command("tours", "The tours serving on a day or in a period (of an operation, or of a person), each with the ledger position that started it and the last entry that changed it. Cancelled tours are not listed.")
        {
            operation,
        };
        command.Options.Add(person);
        days.AddTo(command);
        command.Options.Add(asRecorded);
        command.SetAction(parsed =>
        {
            var who = parsed.GetValue(person) is { } p ? Arguments.Person("--person", p) : (PersonId?)null;
            if (who is null && parsed.GetValue(operation) is null)
                throw new BadInputException("operation: none given; expected an operation (e.g. `mandates tours KFOR`) or --person (e.g. `mandates tours --person P-4711`).");
            // A person's tours are all of them unless days are asked for; an operation's, those serving today.
            Instant? instant = parsed.GetValue(asRecorded) is { } text ? Arguments.Instant("--as-recorded-at", text) : null;
            var period = who is null || days.Given(parsed) ? days.Read(parsed, context, instant) : null;
            var op = parsed.GetValue(operation) is { } named ? Arguments.Operation(context.Record(parsed), named).Id : (OperationId?)null;
            var state = instant is { } at ? context.StateAsRecordedAt(parsed, at) : context.Ledger(parsed).State;

            var tours = (who is { } w ? state.ToursOf(w).Where(t => op is not { } o || t.Operation == o)
                    : state.ToursOf(op!.Value, period!))
                .Where(t => period is null || t.Overlaps(period.Start, period.End))
                .ToList();
            var what = $"{(who is { } x ? x.Value : "")}{(who is not null && op is not null ? " in " : "")}{(op is { } y ? y.Value : "")}"
                + (period is null ? "" : $" {Days.Describe(period)}")
                + ", " + Output.Known(instant);
            if (parsed.GetValue(CliApp.JsonOption)) WriteJson(context.Output, state, tours, instant);
            else WriteHuman(context.Output, state, tours, what);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteHuman(Output output, LedgerState state, List<Tour> tours, string what)
    {
        output.Console.MarkupLine($"{tours.Count} tour{(tours.Count == 1 ? "" : "s")}: {Markup.Escape(what)}");
        if (tours.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "Tour", "Person", "Operation", "Task", "Area", "From", "Until", "Exception", "Last changed" }) table.AddColumn(h);
        foreach (var t in tours.Take(Shown))
            table.AddRow(t.StartedAt.ToString(), Markup.Escape(t.Person.Value), Markup.Escape(t.Operation.Value), Markup.Escape(t.Task), Markup.Escape(t.Area ?? "—"),
                Days.Format(t.From), t.Until is { } u ? Days.Format(u) : "open", TourEvents.Word(t.Exception) ?? "—",
                state.LatestEntryOf(t.StartedAt) is var latest && latest != t.StartedAt ? $"at position {latest}" : "—");
        output.Console.Write(table);
        if (tours.Count > Shown) output.Console.MarkupLine($"The first {Shown} are shown; --json gives all {tours.Count}.");
    }

    private static void WriteJson(Output output, LedgerState state, List<Tour> tours, Instant? instant) => output.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("asRecordedAt", instant is { } at ? InstantPattern.ExtendedIso.Format(at) : null);
        json.WriteStartArray("tours");
        foreach (var t in tours)
        {
            json.WriteStartObject();
            json.WriteNumber("tour", t.StartedAt);
            json.WriteString("person", t.Person.Value);
            json.WriteString("operation", t.Operation.Value);
            json.WriteString("task", t.Task);
            json.WriteString("area", t.Area);
            json.WriteString("from", Days.Format(t.From));
            json.WriteString("until", t.Until is { } u ? Days.Format(u) : null);
            json.WriteString("exception", TourEvents.Word(t.Exception));
            json.WriteNumber("lastChangedAt", state.LatestEntryOf(t.StartedAt));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
