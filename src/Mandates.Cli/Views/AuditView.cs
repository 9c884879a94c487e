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
    }
}
