using System.CommandLine;

namespace Mandates.Cli;

/// <summary>
/// `mandates record vote --mandate KFOR-2026 --date 2026-06-25 --result adopted --yes 400 … --source "…"`:
/// records a decision. The changed record file becomes a new ledger entry superseding the old one;
/// every fact names its source. Each kind of decision is a command of its own over a use case of its own.
/// </summary>
internal static class RecordCommand
{
    public static Command Create(CommandContext context) =>
        new("record", "Record a decision: a new motion, a cabinet decision, a plenary vote, a demand for debate "
            + "(§ 4), a revocation (§ 8), or a change to a legal act. Each names its source.")
        {
            RecordMotionCommand.Create(context),
            RecordCabinetCommand.Create(context),
            RecordVoteCommand.Create(context),
            RecordObjectionCommand.Create(context),
            RecordRevocationCommand.Create(context),
            RecordActChangeCommand.Create(context),
        };
}
