using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.Records;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates record vote --mandate KFOR-2026 --date 2026-06-25 --result adopted --yes 400 … --source "…"`.
/// </summary>
internal static class RecordVoteCommand
{
    public static Command Create(CommandContext context)
    {
        var mandate = RecordOptions.Mandate();
        var date = RecordOptions.Date("of the vote");
        var source = RecordOptions.Source();
        var result = new Option<string>("--result")
        {
            Description = $"The result: one of {RecordOptions.Words(RecordLoader.VoteResults)}.", Required = true,
        };
        var yes = new Option<string?>("--yes")
        {
            Description = "Votes for. The counts are given all three (--yes, --no, --abstentions) or none.",
        };
        var no = new Option<string?>("--no") { Description = "Votes against (with --yes and --abstentions)." };
        var abstentions = new Option<string?>("--abstentions") { Description = "Abstentions (with --yes and --no)." };
        var rollCall = new Option<bool>("--roll-call") { Description = "A recorded (roll-call) vote." };
        var command = new Command("vote", "The Bundestag's plenary vote on a motion.")
        {
            mandate, date, result, yes, no, abstentions, rollCall, source,
        };
        Completions.Words(result, RecordLoader.VoteResults.Keys);
        command.SetAction(parsed =>
        {
            // Each count given is read first: a bad one is named as such, not as a count missing beside it.
            int? Count(Option<string?> option) =>
                parsed.GetValue(option) is { } text ? Arguments.Votes(option.Name, text) : null;
            var (yesCount, noCount, abstained) = (Count(yes), Count(no), Count(abstentions));
            var request = new RecordVoteRequest(parsed.GetValue(mandate)!,
                Arguments.Date("--date", parsed.GetValue(date)!),
                Arguments.Word("--result", parsed.GetValue(result)!, RecordLoader.VoteResults),
                Arguments.Source("--source", parsed.GetValue(source)!),
                yesCount, noCount, abstained, parsed.GetValue(rollCall));
            CommandContext.BeforeWriting(parsed, "record");
            var recorded = RecordVote.Run(context.Session(parsed), request);
            return RecordView.Show(context, parsed, recorded);
        });
        return command;
    }
}
