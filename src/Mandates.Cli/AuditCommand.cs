using Mandates.Cli.Csv;
using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.Contracts;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates audit [KFOR]`: re-checks all of history against the law as known now (or both as recorded at an
/// instant); lists every violation with its cause.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CommandContext context)
    {
        var operation = new Argument<string?>("operation")
        {
            Description = "Audit one operation only, e.g. KFOR. Default: every operation.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asRecorded = new Option<string?>("--as-recorded-at")
        {
            Description = "Audit the tours and the law as the ledger held them at this instant "
                + "(e.g. 2025-07-02T00:00:00Z): what was known then, not now.",
        };
        var command = new Command("audit", "Re-check every day of every tour against the law, and that nobody is on "
            + "two tours at once; and, once the store has users, that each entry was recorded by a user allowed then. "
            + "Exit 0 none found, 1 violations found.") { operation, asRecorded };
        var csv = Formats.CsvOption();
        command.Options.Add(csv);
        OldNames.Keep(command, operation, "--operation");
        Completions.Operations(operation);
        command.SetAction(parsed =>
        {
            var format = Formats.Of(parsed, csv);
            var instant = parsed.GetValue(asRecorded) is { } at
                ? Arguments.Instant(asRecorded.Name, at) : (NodaTime.Instant?)null;
            var request = new AuditRequest(OldNames.Value(parsed, operation), instant);
            var audit = AuditLedger.Run(context.Session(parsed), request);
            if (format == Format.Json) AuditView.Json(context.Output, audit);
            else if (format == Format.Csv) AuditView.Csv(context.Output, audit);
            else AuditView.Text(context.Output, audit);
            // A write by someone the store's users did not allow is a violation of the store's own law.
            return audit.Violations.Count == 0 && audit.State.Unpermitted.Count == 0 ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }
}
