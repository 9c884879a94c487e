using Mandates.Core.Contracts;
using Mandates.Core.UseCases;
using NodaTime.Text;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>`history`'s answer: the tour as it stands and a table of its entries, or its JSON contract.</summary>
internal static class HistoryView
{
    public static void Json(Output output, HistoryResult result) =>
        output.Writer.WriteLine(Contract.Write(HistoryOutput.Of(result)));

    public static void Text(Output output, HistoryResult result)
    {
        var standing = result.Now is { } t ? $"now {t}{(t.Area is { } a ? $" in {a}" : "")}"
            : $"cancelled at position {result.CancelledAt}";
        var count = result.Entries.Count;
        output.Console.MarkupLine($"[bold]Tour {result.Tour}[/]: {Markup.Escape(standing)}; "
            + $"{count} entr{(count == 1 ? "y" : "ies")}, as known now");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Position") { NoWrap = true })
            .AddColumn(new TableColumn("Recorded at") { NoWrap = true })
            .AddColumn("Recorded by").AddColumn("Key").AddColumn("What it says");
        foreach (var (e, says) in result.Entries.Zip(result.Told))
            table.AddRow(e.Position.ToString(), InstantPattern.ExtendedIso.Format(e.RecordedAt),
                Markup.Escape(e.RecordedBy), Markup.Escape(e.IdempotencyKey ?? "—"), Markup.Escape(says));
        output.Console.Write(table);
    }
}
