using System.CommandLine;
using Mandates.Core.Ledger;

namespace Mandates.Cli;

/// <summary>`mandates verify`: recomputes the ledger's hash chain and names the first broken position.</summary>
internal static class VerifyCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("verify", "Recompute the ledger's hash chain from the first entry. Exit 0 intact, 1 broken (the first broken position is named).");
        command.SetAction(parsed =>
        {
            var store = context.Store(parsed);
            var total = Math.Max(1, store.Head);
            var result = context.Output.WithProgress($"Verifying {total:N0} entries", parsed.GetValue(CliApp.JsonOption), progress =>
                ChainVerification.Verify(store.ReadAfter(0), new Progress<long>(done => progress((double)done / total))));
            if (parsed.GetValue(CliApp.JsonOption))
                context.Output.Json(j =>
                {
                    j.WriteStartObject();
                    j.WriteBoolean("intact", result.Intact);
                    j.WriteNumber("checked", result.Checked);
                    if (result.FirstBroken is { } p) j.WriteNumber("firstBroken", p); else j.WriteNull("firstBroken");
                    j.WriteString("why", result.Why);
                    j.WriteEndObject();
                });
            else
                context.Output.Writer.WriteLine(result.Intact
                    ? $"Intact: {result.Checked} entries of {store.Description} verified; each hash matches its content and the entry before."
                    : $"BROKEN at position {result.FirstBroken}: {result.Why}. {result.Checked} entries before it verified.");
            return result.Intact ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }
}
