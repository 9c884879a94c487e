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
            var store = EventStoresFor(context, parsed);
            var result = ChainVerification.Verify(store.ReadAfter(0));
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

    // Verification reads raw entries and must not fold them first: a broken ledger may not fold.
    private static IEventStore EventStoresFor(CommandContext context, System.CommandLine.ParseResult parsed) => context.Store(parsed);
}
