using Mandates.Cli.Csv;
using Mandates.Core.Contracts;
using Mandates.Core.Law;
using Mandates.Core.UseCases;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>`deadlines`' answer: a table, its JSON contract, CSV rows or an iCalendar feed.</summary>
internal static class DeadlinesView
{
    /// <summary>The CSV columns (docs/csv.md).</summary>
    public static readonly string[] CsvHeader =
        ["date", "operation", "kind", "what", "basis", "awaits", "legal_limit", "mandate", "outstanding"];

    public static void Write(Output output, Format format, DeadlinesResult result, Session session)
    {
        switch (format)
        {
            case Format.Json: output.Writer.WriteLine(Contract.Write(DeadlinesOutput.Of(result))); break;
            case Format.Csv: Csv(output, result); break;
            // The feed's own line ends (CRLF) are kept: no newline of the platform's is added.
            case Format.Ics:
                output.Writer.Write(DeadlinesCalendar.Of(session.Law.Record(), result, session.Caller.Now));
                break;
            default: Text(output, result); break;
        }
    }

    /// <summary>What a command that wrote its answer into a file says on stdout.</summary>
    public static void Written(Output output, Format format, DeadlinesResult result, string file)
    {
        var count = result.Deadlines.Count + (format == Format.Ics ? 0 : result.Outstanding.Count);
        output.Writer.WriteLine($"Wrote {count} deadline{(count == 1 ? "" : "s")} ({Period(result)}) to {file}.");
    }

    /// <summary>One row per deadline in the period, then one per note on one past (outstanding: true).</summary>
    private static void Csv(Output output, DeadlinesResult result) =>
        CsvTable.Write(output.Writer, CsvHeader,
            result.Deadlines.Select(d => Row(d, false)).Concat(result.Outstanding.Select(d => Row(d, true))));

    private static IReadOnlyList<string?> Row(OperationDeadline d, bool outstanding) =>
    [
        Days.Format(d.Deadline.Date), d.Operation.Value, d.Deadline.Kind, d.Deadline.What, d.Deadline.Basis,
        d.Deadline.Awaits, CsvTable.Flag(d.Deadline.IsLegalLimit), d.Deadline.Mandate.Value, CsvTable.Flag(outstanding),
    ];

    private static void Text(Output output, DeadlinesResult result)
    {
        var count = result.Deadlines.Count;
        output.Console.MarkupLine(Markup.Escape($"{count} deadline{(count == 1 ? "" : "s")} {Period(result)}:"));
        if (count > 0) output.Console.Write(Table(result.Deadlines));
        if (result.Outstanding.Count == 0) return;
        output.Console.MarkupLine(Markup.Escape(
            $"Outstanding: fell due before {Days.Format(result.From)}, and the record's latest word still stands:"));
        output.Console.Write(Table(result.Outstanding));
    }

    private static Table Table(IEnumerable<OperationDeadline> deadlines)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Date") { NoWrap = true });
        table.AddColumn(new TableColumn("Operation") { NoWrap = true });
        table.AddColumn("What falls due");
        table.AddColumn("Legal basis");
        table.AddColumn("Waits for");
        foreach (var d in deadlines)
            table.AddRow([.. new[]
            {
                Days.Format(d.Deadline.Date), d.Operation.Value,
                d.Deadline.What, d.Deadline.Basis,
                d.Deadline.Awaits ?? "—",
            }.Select(Markup.Escape)]);
        return table;
    }

    private static string Period(DeadlinesResult result) =>
        result.To is { } to ? $"from {Days.Format(result.From)} to {Days.Format(to)}"
            : $"from {Days.Format(result.From)} on";
}
