using System.CommandLine;
using System.Globalization;
using Mandates.Cli.Views;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using NodaTime;

namespace Mandates.Cli;

/// <summary>
/// `mandates generate --events 100000 --seed 7 [--operations 30]`: appends realistic, lawful tour history
/// for tests and benchmarks; with --operations, first adds fictional operations to the store's record.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CommandContext context)
    {
        var events = new Option<string>("--events")
        {
            Description = "How many entries to append at most, e.g. 100000.", Required = true,
        };
        var seed = new Option<string?>("--seed") { Description = "The same seed gives the same history. Default: 1." };
        var from = new Option<string?>("--from")
        {
            Description = "The first day of the history. Default: the record's first consent.",
        };
        var to = new Option<string?>("--to") { Description = "The last day a contingent may start. Default: today." };
        var operations = new Option<string?>("--operations")
        {
            Description = "First add K fictional operations GEN-01 … GEN-K (1 to 99) to the store's record, each "
                + "with one open-ended mandate from --from and a ceiling sized so the entries fit by --to, marked "
                + "unverified and fictional. Default: none.",
        };
        var command = new Command("generate",
            "For tests and benchmarks: append seeded, realistic tour history (contingents rotating every 4 to 6 "
            + "months at about 70 % of each ceiling, persons returning for several tours after 6 to 24 months of "
            + "rest), lawful by construction, counting the tours already in the ledger.")
        {
            events, seed, from, to, operations,
        };
        OldNames.Keep(command, to, "--until");
        command.SetAction(parsed =>
        {
            // Every argument is checked before anything is written.
            var count = Arguments.Count("--events", parsed.GetValue(events)!, 100000);
            var seedValue = parsed.GetValue(seed) is { } s ? Arguments.Count("--seed", s, 7) : 1;
            var fictional = parsed.GetValue(operations) is { } k ? OperationCount(k) : 0;
            var first = parsed.GetValue(from) is { } f ? Arguments.Date("--from", f) : (LocalDate?)null;
            var last = OldNames.Value(parsed, to) is { } t ? Arguments.Date("--to", t) : (LocalDate?)null;
            // The generator's tours unless --user names someone: MANDATES_USER, set once in a shell, is not asked.
            var user = parsed.GetValue(CliApp.UserOption) is { } named ? Arguments.User("--user", named) : "generator";
            CommandContext.RefuseRecordFolder(parsed, "generate");
            var generated = GenerateHistory.Run(context.Session(parsed),
                new GenerateRequest(count, seedValue, fictional, first, last, user));
            if (parsed.GetValue(CliApp.JsonOption)) GenerateView.Json(context.Output, generated);
            else GenerateView.Text(context.Output, generated);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int OperationCount(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k is >= 1 and <= 99 ? k
            : throw new ProblemException(Problem.Expecting("operations", text,
                $"is not a number of fictional operations", $"a whole number from 1 to 99", "30"));
}
