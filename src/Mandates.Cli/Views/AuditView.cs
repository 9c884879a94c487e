using Mandates.Cli.Csv;
using Mandates.Core.Contracts;
using Mandates.Core.UseCases;
using NodaTime.Text;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>audit's answer: that no tour breaks the law, or every violation found.</summary>
internal static class AuditView
{
    public static void Json(Output output, AuditResult audit) =>
        output.Writer.WriteLine(Contract.Write(AuditOutput.Of(audit)));

    /// <summary>The violations as CSV, one row per violation, the columns of docs/csv.md.</summary>
    public static void Csv(Output output, AuditResult audit) =>
        CsvTable.Write(output.Writer, ["operation", "from", "to", "rule", "max_strength", "cause"],
            AuditOutput.Of(audit).Violations.Select(v => (IReadOnlyList<string?>)
                [v.Operation, v.From, v.To, v.Rule, CsvTable.Number(v.MaxStrength), v.Cause]));

    public static void Text(Output output, AuditResult audit)
    {
        var known = Output.Known(audit.AsRecordedAt);
        var entries = audit.State.Head;
        if (audit.OperationInRecord is false)
            output.Writer.WriteLine($"No violation: {audit.Operation!.Value.Value} was not in the record yet, {known}, "
                + "so no tour of it was recorded.");
        else if (audit.Violations.Count == 0)
            output.Writer.WriteLine($"No violation: every day of every tour in {entries:N0} ledger entries is "
                + $"authorised by the law {known}.");
        else
        {
            var count = ViolationsView.Count(audit.Violations.Count);
            output.Console.MarkupLine($"[red bold]{count}[/] of the law {known}, in {entries:N0} ledger entries:");
            ViolationsView.Table(output, audit.Violations);
        }
        if (audit.WithoutConsent.Count > 0) WithoutConsent(output, audit);
        UsersAudit(output, audit);
    }

    /// <summary>
    /// Who could write when (the changes of users), and every entry written by someone not allowed then.
    /// </summary>
    private static void UsersAudit(Output output, AuditResult audit)
    {
        var users = audit.State.Users;
        if (!users.Closed) return;
        output.Writer.WriteLine($"Users: {users.Changes.Count} changes of who may write, the first at ledger position "
            + $"{users.Changes[0].Position} (`mandates users list` shows them).");
        var unpermitted = audit.State.Unpermitted;
        if (unpermitted.Count == 0)
        {
            output.Writer.WriteLine("Every entry since was recorded by a user allowed to make it then.");
            return;
        }
        output.Console.MarkupLine($"[red bold]{unpermitted.Count} entries[/] recorded by someone not allowed then:");
        foreach (var u in unpermitted)
            output.Writer.WriteLine($"  position {u.Position} ({u.Type}), recorded by {u.RecordedBy} at "
                + $"{InstantPattern.ExtendedIso.Format(u.RecordedAt)}: {u.Why}.");
    }

    /// <summary>The deployments the record holds as made without consent: facts of the law, not ledger tours.</summary>
    private static void WithoutConsent(Output output, AuditResult audit)
    {
        output.Console.MarkupLine($"[yellow bold]{audit.WithoutConsent.Count} deployment(s) without the Bundestag's "
            + "consent[/], never approved (facts of the record, not tours):");
        var table = new Table().Border(TableBorder.Rounded).Expand();
        foreach (var h in new[] { "Operation", "From", "To", "Persons", "What happened", "Ruling" }) table.AddColumn(h);
        foreach (var (operation, d) in audit.WithoutConsent)
            table.AddRow(
                Markup.Escape(operation.Id.Value), Output.Date(d.From), Output.Date(d.To),
                d.Persons?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "—",
                Markup.Escape(d.Why), Markup.Escape(d.Ruling ?? "—"));
        output.Console.Write(table);
    }
}
