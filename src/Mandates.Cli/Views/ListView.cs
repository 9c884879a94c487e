using Mandates.Core.Contracts;
using Mandates.Core.Law;
using Mandates.Core.Rules;
using Mandates.Core.UseCases;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>Every operation on a day as `list` gives it: status, mandate, ceiling, next deadline.</summary>
internal static class ListView
{
    /// <summary>The answer as JSON (<see cref="ListOutput"/>).</summary>
    public static void Json(Output output, ListResult listed) =>
        output.Writer.WriteLine(Contract.Write(ListOutput.Of(listed)));

    public static void Text(Output output, ListResult listed)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        var heading = $"Status on {Output.Date(listed.Day)}";
        string[] headers = ["Operation", heading, "Mandate", "Ceiling", "Next deadline"];
        foreach (var h in headers)
            table.AddColumn(h);
        foreach (var row in listed.Operations)
        {
            var status = StatusWords.Of(row);
            table.AddRow(
                new Markup(Markup.Escape(row.Operation.Id.Value)),
                new Markup(row.Decision.Authorised ? "[green]authorised[/]" : $"[red]{Markup.Escape(status)}[/]"),
                new Markup(Markup.Escape(Mandate(row))),
                // An ended mandate's ceiling is no longer the operation's: shown, it would read as current.
                new Markup(row.Current?.Ceiling.ToString() ?? "—"),
                new Markup(Markup.Escape(Next(row))));
        }
        output.Console.Write(table);
    }

    /// <summary>A search that found no operation: said, rather than an empty table.</summary>
    public static void NoneFound(Output output, string search) =>
        output.Writer.WriteLine(
            $"No operation's id, name, other names, lead or areas hold '{Core.Problems.Problem.Shown(search)}'.");

    private static string Mandate(OperationStatus row) => row.Standing switch
    {
        { Phase: Phase.Ended, Governing: { } ended } => $"{ended.Name}, ended",
        { Governing: { } governing } => governing.Name,
        _ => "—",
    };

    private static string Next(OperationStatus row) => row switch
    {
        { Next: { } n } => $"{Output.Date(n.Date)}: {n.What}",
        { Standing.Phase: Phase.Ended } =>
            "none: the authorisation has ended; a new one needs the Bundestag's consent",
        { Standing.Phase: Phase.NotYetBegun } => "none before a consent begins",
        _ => "none: open-ended, no dated limit known",
    };
}
