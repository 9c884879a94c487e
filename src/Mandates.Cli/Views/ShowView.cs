using Mandates.Core.Contracts;
using Mandates.Core.Law;
using Mandates.Core.UseCases;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>An operation on a day as `show` gives it: the mandate in force, its facts, the chain.</summary>
internal static class ShowView
{
    /// <summary>The answer as JSON (<see cref="ShowOutput"/>).</summary>
    public static void Json(Output output, ShowResult shown) =>
        output.Writer.WriteLine(Contract.Write(ShowOutput.Of(shown)));

    public static void Text(Output output, ShowResult shown)
    {
        var (console, op, m, day) = (output.Console, shown.Operation, shown.Governing, shown.Day);
        console.MarkupLine(
            $"[bold]{Markup.Escape(op.Id.Value)}[/]: {Markup.Escape(op.Name)} (lead: {Markup.Escape(op.Lead)})");
        if (m is null)
        {
            console.MarkupLine($"No mandate is in force on {Output.Date(day)}.");
        }
        else
        {
            if (shown.AuthorisesNothingBecause.Count == 0)
                console.MarkupLine($"Mandate in force on {Output.Date(day)}: [bold]{Markup.Escape(m.Name)}[/]");
            else
            {
                console.MarkupLine($"No mandate is in force on {Output.Date(day)}. The latest to govern, " +
                    $"[bold]{Markup.Escape(m.Name)}[/], authorises no deployment that day:");
                foreach (var reason in shown.AuthorisesNothingBecause)
                    console.MarkupLine($"  [red]✗[/] {Markup.Escape(reason)}");
            }
            var facts = new Table().Border(TableBorder.Rounded).HideHeaders().Expand();
            facts.AddColumn("field");
            facts.AddColumn("value");
            foreach (var (field, value) in MandateFactsView.Facts(shown.Record, m, day))
                facts.AddRow(Markup.Escape(field), Markup.Escape(value));
            console.Write(facts);
        }
        // Beside the ceiling, and apart from the ledger: what a source reported was actually deployed.
        if (shown.Reported is { } r)
            console.MarkupLine(Markup.Escape($"Reported strength: {ReportedStrengthOutput.Words(r)}"
                + (shown.Ceiling is { } c
                    ? c.IsSet ? $" (ceiling on {Output.Date(day)}: {c})"
                        : $" (no ceiling set on {Output.Date(day)})"
                    : "")
                + $" — {r.Provenance.Resolve(op.Source)}; a source's figure, not the ledger's tours."));
        foreach (var d in op.DeploymentsWithoutConsent)
            console.MarkupLine(Markup.Escape($"Deployed without the Bundestag's consent, never approved: "
                + $"{Output.Date(d.From)} to {Output.Date(d.To)}: {d.Why}"
                + (d.Ruling is null ? "" : $" Ruling: {d.Ruling}.") + $" — {d.Provenance.Resolve(op.Source)}"));
        foreach (var p in op.ParticipationWithoutMandate)
            console.MarkupLine(Markup.Escape($"Serving without a mandate (none required: {p.Why}): "
                + $"{Output.Date(p.From)} to {(p.To is { } to ? Output.Date(to) : "open")}"
                + (p.Persons is { } n ? $", up to {n} soldiers" : "") + $" — {p.Source}"));
        Chain(output, shown);
        console.MarkupLine(
            "[grey]Facts marked [[unverified]] are not confirmed by the source named; see the record file.[/]");
    }

    private static void Chain(Output output, ShowResult shown)
    {
        output.Console.MarkupLine(
            "[bold]Chain of mandates[/] (a later one replaces an earlier one when its consent begins):");
        var chain = new Table().Border(TableBorder.Rounded).Expand();
        string[] headers = ["Mandate", "Motion", "Cabinet", "Vote", "Yes/No/Abst.", "Ceiling", "Consent from", "End"];
        foreach (var h in headers)
            chain.AddColumn(h);
        foreach (var c in shown.Operation.Mandates)
        {
            var mark = c == shown.Governing ? "▶ " : "  ";
            chain.AddRow(
                Markup.Escape(mark + c.Id),
                Markup.Escape(c.Document ?? "—"),
                Output.Date(c.Cabinet?.Date),
                Markup.Escape(Vote(c, shown.Day)),
                c.Vote is { Yes: not null } w ? $"{w.Yes}/{w.No}/{w.Abstentions}" : "",
                c.Ceiling.ToString(),
                Output.Date(c.ConsentBegins),
                c.End is { } e ? Output.Date(e.Date) : "open");
        }
        output.Console.Write(chain);
    }

    /// <summary>
    /// The Bundestag's word on a mandate: its vote; consent deemed given (§ 4(1) ParlBG), where no vote is
    /// held because no debate was demanded in time; else pending.
    /// </summary>
    private static string Vote(Mandate c, NodaTime.LocalDate day) =>
        c.Vote is { } v ? $"{Output.Date(v.Date)} {MandateFactsView.Word(v.Result)}"
        : MandateFactsView.DeemedGiven(c) is { } deemed && c.ConsentGivenBy(day)
            ? $"deemed given on {Output.Date(deemed)}"
        : "pending";
}
