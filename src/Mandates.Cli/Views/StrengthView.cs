using Mandates.Cli.Csv;
using Mandates.Core.Contracts;
using Mandates.Core.Law;
using Mandates.Core.UseCases;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>`strength`'s answer: a table of stretches (and of tasks, if asked), or its JSON contract.</summary>
internal static class StrengthView
{
    public static void Json(Output output, StrengthResult result) =>
        output.Writer.WriteLine(Contract.Write(StrengthOutput.Of(result)));

    /// <summary>The stretches as CSV, one row per stretch, the columns of docs/csv.md.</summary>
    public static void Csv(Output output, StrengthResult result)
    {
        var contract = StrengthOutput.Of(result);
        CsvTable.Write(output.Writer,
            ["operation", "from", "to", "strength", "ceiling", "headroom", "mandate", "authorises_tours",
                "under_exception", "not_authorising"],
            contract.Stretches.Select(s => (IReadOnlyList<string?>)
            [
                contract.Operation, s.From, s.To, CsvTable.Number(s.Strength), CsvTable.Number(s.Ceiling),
                CsvTable.Number(s.Headroom), s.Mandate, CsvTable.Flag(s.AuthorisesTours), s.UnderException,
                string.Join("; ", s.NotAuthorising.Select(r => $"{r.Rule}: {r.Reason}")),
            ]));
    }

    public static void Text(Output output, StrengthResult result)
    {
        var op = Markup.Escape(result.Operation.Id.Value);
        output.Console.MarkupLine($"[bold]{op}[/] {Days.Describe(result.Period)}, {Output.Known(result.AsRecordedAt)}: "
            + $"most deployed {result.MaxStrength}");
        if (!result.InRecord)
            output.Console.MarkupLine($"{op} was not in the record yet, so no mandate governed any day as then known.");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "From", "To", "Strength", "Ceiling", "Headroom", "Mandate", "Authorises tours" })
            table.AddColumn(h);
        foreach (var s in result.Stretches)
            table.AddRow(Days.Format(s.Days.Start), Days.Format(s.Days.End),
                // Serving where nothing authorises it.
                s.Strength > 0 && s.LetsNobodyServe ? $"[red]{N(s.Strength)}[/]" : N(s.Strength),
                s.Ceiling?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                    ?? (s.NoCeilingSet ? "no ceiling" : "—"),
                s.Headroom is { } h ? (h < 0 ? $"[red]{N(h)}[/]" : N(h)) : s.NoCeilingSet ? "unbounded" : "—",
                Markup.Escape(s.Mandate?.Id.Value ?? "no mandate"), Authorises(s));
        output.Console.Write(table);
        // Beside the ledger's strength, and apart from it: what sources reported was actually deployed.
        foreach (var r in result.Reported)
            output.Console.MarkupLine(Markup.Escape($"Reported strength: {ReportedStrengthOutput.Words(r)} — "
                + $"{r.Provenance.Resolve(result.Operation.Source)} (a source's figure, not the ledger's tours)"));
        if (result.ByTask is not { } tasks) return;
        var byTask = new Table().Border(TableBorder.Rounded).AddColumn("Task").AddColumn("Most deployed on a day");
        foreach (var (task, n) in tasks) byTask.AddRow(Markup.Escape(task), n.ToString());
        output.Console.Write(byTask);
    }

    private static string Authorises(StrengthStretch s) =>
        s.Authorises ? (s.UnderException is { } why ? $"yes: {Markup.Escape(why)}" : "yes")
            : $"[yellow]no: {Markup.Escape(string.Join(" ", s.Refusals.Select(r => r.Reason)))}[/]";

    /// <summary>A number of persons as the ceiling is shown: 8,500.</summary>
    private static string N(int persons) => persons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
