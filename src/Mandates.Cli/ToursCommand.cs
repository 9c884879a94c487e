using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>
/// `mandates tours KFOR --on 2025-07-01`, `mandates tours --person P-4711`: the tours in the ledger, each
/// with the position that started it (the number `correct-tour --tour` and `history --tour` take), as
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
        var command = new Command("tours",
            "The tours serving on a day or in a period (of an operation, or of a person), earliest first, each with the ledger position that started it and the last entry that changed it. Cancelled tours are not listed.")
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
            var instant = context.AsRecordedAt(parsed, asRecorded);
            // A person's tours are all of them unless days are asked for; an operation's, those serving on the day asked.
            var period = who is null || days.Given(parsed) ? days.Read(parsed, context, instant) : null;
            var op = parsed.GetValue(operation) is { } named ? Arguments.Operation(context.Record(parsed), named).Id : (OperationId?)null;
            var state = context.LedgerAt(parsed, instant);

            var tours = (who is { } w
                    ? state.ToursOf(w).Where(t => (op is not { } o || t.Operation == o) && (period is null || t.Overlaps(period.Start, period.End)))
                    : state.ToursOf(op!.Value, period!)) // an operation was given (checked above), and so a period
                .OrderBy(t => t.From).ThenBy(t => t.StartedAt)
                .ToList();
            var question = new Question(who, op, period, instant);
            if (parsed.GetValue(CliApp.JsonOption)) WriteJson(context.Output, state, tours, question);
            else WriteHuman(context.Output, state, tours, question);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>What was asked, as the answer repeats it.</summary>
    private sealed record Question(PersonId? Person, OperationId? Operation, DateInterval? Period, Instant? AsRecordedAt)
    {
        public override string ToString() =>
            string.Join(" ", new[] { Person?.Value, Person is not null && Operation is not null ? "in" : null, Operation?.Value, Period is { } p ? Days.Describe(p) : null }
                .Where(part => part is not null)) + ", " + Output.Known(AsRecordedAt);
    }

    private static void WriteHuman(Output output, LedgerState state, List<Tour> tours, Question question)
    {
        output.Console.MarkupLine($"{tours.Count:N0} tour{(tours.Count == 1 ? "" : "s")}: {Markup.Escape(question.ToString())}");
        if (tours.Count == 0) return;
        // What the question fixed (the person, the operation) is not repeated on every row.
        var columns = new List<(string Header, Func<Tour, string> Cell)> { ("Tour", t => t.StartedAt.ToString()) };
        if (question.Person is null) columns.Add(("Person", t => t.Person.Value));
        if (question.Operation is null) columns.Add(("Operation", t => t.Operation.Value));
        columns.AddRange([
            ("Task", t => t.Task), ("Area", t => t.Area ?? "—"), ("From", t => Days.Format(t.From)), ("Until", t => t.Until is { } u ? Days.Format(u) : "open"),
            ("Exception", t => TourEvents.Word(t.Exception) ?? "—"),
            ("Last changed", t => state.LatestEntryOf(t.StartedAt) is var latest && latest != t.StartedAt ? $"at {latest}" : "—"),
        ]);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var (header, _) in columns) table.AddColumn(new TableColumn(header) { NoWrap = header is "Tour" or "From" or "Until" });
        foreach (var t in tours.Take(Shown)) table.AddRow(columns.Select(c => Markup.Escape(c.Cell(t))).ToArray());
        output.Console.Write(table);
        if (tours.Count > Shown) output.Console.MarkupLine($"The {Shown} earliest are shown; --json gives all {tours.Count:N0}.");
    }

    private static void WriteJson(Output output, LedgerState state, List<Tour> tours, Question question) => output.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("person", question.Person?.Value);
        json.WriteString("operation", question.Operation?.Value);
        json.WriteString("from", question.Period is { } p ? Days.Format(p.Start) : null);
        json.WriteString("to", question.Period is { } q ? Days.Format(q.End) : null);
        json.WriteString("asRecordedAt", question.AsRecordedAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null);
        json.WriteNumber("count", tours.Count);
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
            // The tour's own position while nothing has changed it.
            json.WriteNumber("lastChangedAt", state.LatestEntryOf(t.StartedAt));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
