using Mandates.Cli.Csv;
using Mandates.Core.Contracts;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>`tours`' answer: a table of the first tours found, or all of them as its JSON contract.</summary>
internal static class ToursView
{
    /// <summary>How many tours a table shows; --json gives them all.</summary>
    private const int Shown = 500;

    public static void Json(Output output, ToursResult result) =>
        output.Writer.WriteLine(Contract.Write(ToursOutput.Of(result)));

    /// <summary>The tours as CSV, one row per tour, the columns of docs/csv.md.</summary>
    public static void Csv(Output output, ToursResult result) =>
        CsvTable.Write(output.Writer,
            ["tour", "person", "operation", "task", "area", "from", "until", "exception", "last_changed_at"],
            ToursOutput.Of(result).Tours.Select(t => (IReadOnlyList<string?>)
            [
                CsvTable.Number(t.Tour), t.Person, t.Operation, t.Task, t.Area, t.From, t.Until, t.Exception,
                CsvTable.Number(t.LastChangedAt),
            ]));

    public static void Text(Output output, ToursResult result)
    {
        var count = result.Tours.Count;
        output.Console.MarkupLine($"{count:N0} tour{(count == 1 ? "" : "s")}: {Markup.Escape(Question(result))}");
        if (count == 0) return;
        // What the question fixed (the person, the operation) is not repeated on every row.
        var columns = new List<(string Header, Func<ListedTour, string> Cell)>
        {
            ("Tour", t => t.Tour.StartedAt.ToString()),
        };
        if (result.Person is null) columns.Add(("Person", t => t.Tour.Person.Value));
        if (result.Operation is null) columns.Add(("Operation", t => t.Tour.Operation.Value));
        columns.AddRange([
            ("Task", t => t.Tour.Task), ("Area", t => t.Tour.Area ?? "—"), ("From", t => Days.Format(t.Tour.From)),
            ("Until", t => t.Tour.Until is { } u ? Days.Format(u) : "open"),
            ("Exception", t => TourEvents.Word(t.Tour.Exception) ?? "—"),
            ("Last changed", t => t.LastChangedAt != t.Tour.StartedAt ? $"at {t.LastChangedAt}" : "—"),
        ]);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var (header, _) in columns)
            table.AddColumn(new TableColumn(header) { NoWrap = header is "Tour" or "From" or "Until" });
        foreach (var t in result.Tours.Take(Shown))
            table.AddRow(columns.Select(c => Markup.Escape(c.Cell(t))).ToArray());
        output.Console.Write(table);
        if (count > Shown) output.Console.MarkupLine($"The {Shown} earliest are shown; --json gives all {count:N0}.");
    }

    /// <summary>What was asked, as the answer repeats it.</summary>
    private static string Question(ToursResult r) =>
        string.Join(" ", new[]
        {
            r.Person?.Value, r.Person is not null && r.Operation is not null ? "in" : null, r.Operation?.Value,
            r.Period is { } p ? Days.Describe(p) : null,
        }.Where(part => part is not null)) + ", " + Output.Known(r.AsRecordedAt);
}
