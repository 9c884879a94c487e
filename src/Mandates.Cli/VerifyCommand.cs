using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>`mandates verify`: recomputes the ledger's hash chain and names the first broken position.</summary>
internal static class VerifyCommand
{
    public static Command Create(CommandContext context)
    {
        var anchorOption = new Option<string[]>("--anchor")
        {
            Description = "POSITION:HASH, as an earlier verify printed it and you kept outside the store: the entry "
                + "at POSITION must still have that hash. Shows a ledger rewritten (its hashes recomputed) or cut "
                + "short since; may be given more than once.",
            // Each --anchor takes one value: one given without (a value lost in a script, say) is bad input, not
            // a run with no anchor that says intact.
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("verify",
            "Recompute the ledger's hash chain from the first entry, check any anchors kept from earlier runs, and "
            + "check the store's snapshot against the ledger folded afresh. Prints the newest entry's anchor to keep. "
            + "Exit 0 intact, 1 broken (the first broken position, or the snapshot, is named).") { anchorOption };
        command.SetAction(parsed =>
        {
            context.RefuseDataOption(parsed, "verify", "checks the store's ledger, which no record folder is part of");
            var anchors = VerifyLedger.Anchors(parsed.GetValue(anchorOption) ?? []);
            var result = VerifyLedger.Run(context.Session(parsed), new VerifyLedgerRequest(anchors));
            if (parsed.GetValue(CliApp.JsonOption)) VerifyView.Json(context.Output, result);
            else VerifyView.Text(context.Output, result);
            return result.Intact ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }
}
