using Mandates.Core.Contracts;
using Mandates.Core.Law;
using Mandates.Core.Rules;
using Mandates.Core.UseCases;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>The law's decision on a deployment request, as `check` shows it and a write the law refused.</summary>
internal static class DecisionView
{
    /// <summary>
    /// The decision as JSON (<see cref="DecisionOutput"/>); for a write the law refused, with "outcome": "refused",
    /// as a written one says "written", so a script reads one field for both. An open-ended tour's last day is null.
    /// </summary>
    public static void Json(Output output, Decision decision, int persons, string? outcome = null,
        bool openEnded = false) =>
        output.Writer.WriteLine(Contract.Write(DecisionOutput.Of(decision, persons, outcome, openEnded)));

    /// <param name="clause">What the clause the request relies on leaves, said beside the ceiling's headroom.</param>
    public static void Answer(Output output, Decision decision, DeploymentRequest request, ClauseRoom? clause = null)
    {
        var console = output.Console;
        var when = Days.Describe(decision.Period);
        var verdict = decision.Authorised ? "[green bold]AUTHORISED[/]" : "[red bold]REFUSED[/]";
        console.MarkupLine($"{Markup.Escape(decision.Operation.Value)} {when}, {N(request.Persons)} more: {verdict}");
        Findings(output, decision, clause);
    }

    public static void Findings(Output output, Decision decision, ClauseRoom? clause = null)
    {
        var console = output.Console;
        var headroom = decision.Headroom switch
        {
            null => "unbounded (the mandate sets no ceiling: no number of persons exceeds it)",
            < 0 and var over => $"{N(over)} ({N(-over)} serving above the ceiling already)",
            0 when decision.LetsNobodyServe => "0 (the law lets nobody serve on some of these days: see the findings)",
            // A request relying on a clause may go above the ceiling: the ceiling's headroom alone would undersell it.
            int room when clause is { } c => $"{N(room)} under the ceiling; with the "
                + $"{CeilingExceptionWords.Of(c.Kind)} clause up to {N(c.Persons)} more "
                + $"for at most {c.Days} days in a row"
                + (c.Days < c.MaxDays ? $" (of its {c.MaxDays}: the days before are over the ceiling already)" : ""),
            int room => $"{N(room)} (persons that may still be added on every day, under the ceiling)",
        };
        console.MarkupLine($"Headroom: {headroom}" +
            (decision.Mandates.Count > 0 ? $"; mandate: {Markup.Escape(string.Join(", ", decision.Mandates))}" : ""));
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("").Centered());
        table.AddColumn("Rule");
        table.AddColumn("Finding and citations");
        foreach (var f in decision.Findings)
        {
            var mark = f.Outcome switch
            {
                Outcome.Met => "[green]✓[/]", Outcome.NotMet => "[red]✗[/]", _ => "[grey]–[/]",
            };
            var citations = f.Citations.Count == 0 ? "" :
                "\n[grey]" + Markup.Escape(string.Join("\n", f.Citations.Select(c => "• " + c))) + "[/]";
            table.AddRow(new Markup(mark), new Markup($"{f.Rule.Number} {Markup.Escape(f.RuleId)}"),
                new Markup(Markup.Escape(f.Reason) + citations));
        }
        console.Write(table);
    }

    /// <summary>A number of persons as the findings print it: 1,351.</summary>
    private static string N(int persons) => persons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
