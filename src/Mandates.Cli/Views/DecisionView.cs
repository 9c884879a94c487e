using Mandates.Core.Contracts;
using Mandates.Core.Law;
using Mandates.Core.Rules;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>The law's decision on a deployment request, as `check` shows it and a write the law refused.</summary>
internal static class DecisionView
{
    /// <summary>
    /// The decision as JSON (<see cref="DecisionOutput"/>); for a write the law refused, with "outcome": "refused",
    /// as a written one says "written", so a script reads one field for both. An open-ended tour's last day is null.
    /// </summary>
    public static void Json(Output output, Decision decision, int persons, string? outcome = null, bool openEnded = false) =>
        output.Writer.WriteLine(Contract.Write(DecisionOutput.Of(decision, persons, outcome, openEnded)));

    public static void Answer(Output output, Decision decision, DeploymentRequest request)
    {
        var console = output.Console;
        var when = Days.Describe(decision.Period);
        var verdict = decision.Authorised ? "[green bold]AUTHORISED[/]" : "[red bold]REFUSED[/]";
        console.MarkupLine($"{Markup.Escape(decision.Operation.Value)} {when}, {request.Persons} more: {verdict}");
        Findings(output, decision);
    }

    public static void Findings(Output output, Decision decision)
    {
        var console = output.Console;
        var headroom = decision.Headroom switch
        {
            < 0 and var over => $"{over} ({-over} serving above the ceiling already)",
            0 when decision.LetsNobodyServe => "0 (the law lets nobody serve on some of these days: see the findings)",
            var room => $"{room} (persons that may still be added on every day, under the ceiling)",
        };
        console.MarkupLine($"Headroom: {headroom}" +
            (decision.Mandates.Count > 0 ? $"; mandate: {Markup.Escape(string.Join(", ", decision.Mandates))}" : ""));
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("").Centered());
        table.AddColumn("Rule");
        table.AddColumn("Finding and citations");
        foreach (var f in decision.Findings)
        {
            var mark = f.Outcome switch { Outcome.Met => "[green]✓[/]", Outcome.NotMet => "[red]✗[/]", _ => "[grey]–[/]" };
            var citations = f.Citations.Count == 0 ? "" :
                "\n[grey]" + Markup.Escape(string.Join("\n", f.Citations.Select(c => "• " + c))) + "[/]";
            table.AddRow(new Markup(mark), new Markup($"{f.Rule.Number} {Markup.Escape(f.RuleId)}"), new Markup(Markup.Escape(f.Reason) + citations));
        }
        console.Write(table);
    }
}
