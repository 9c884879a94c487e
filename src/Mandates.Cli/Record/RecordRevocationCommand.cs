using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>
/// `mandates record revocation --mandate KFOR-2025 --date 2026-01-15 --effective 2026-01-31 --source "…"`.
/// </summary>
internal static class RecordRevocationCommand
{
    public static Command Create(CommandContext context)
    {
        var (mandate, source) = (RecordOptions.Mandate(), RecordOptions.Source());
        // Not required by the parser: the old name --decided may give it instead (see below).
        var date = new Option<string?>("--date")
        {
            Description = "The day the Bundestag decided (YYYY-MM-DD), up to today. Required.",
        };
        var effective = new Option<string?>("--effective")
        {
            Description = "The day it takes effect. Default: the day decided.",
        };
        var document = new Option<string?>("--document")
        {
            Description = "The printed paper of the decision, e.g. Drucksache 21/1234.",
        };
        var command = new Command("revocation", "The Bundestag withdraws its consent (§ 8 ParlBG).")
        {
            mandate, date, effective, document, source,
        };
        // The day of a decision is --date on every `record` command; scripts written before say --decided.
        OldNames.Keep(command, date, "--decided");
        command.SetAction(parsed =>
        {
            var decided = OldNames.Value(parsed, date) ?? throw new ProblemException(Problem.Saying("date", null,
                $"missing: expected the day the Bundestag decided to withdraw its consent, e.g. 2026-01-15."));
            var request = new RecordRevocationRequest(parsed.GetValue(mandate)!, Arguments.Date("--date", decided),
                Arguments.Source("--source", parsed.GetValue(source)!),
                parsed.GetValue(effective) is { } e ? Arguments.Date("--effective", e) : null,
                parsed.GetValue(document) is { } d
                    ? Arguments.Text("--document", d, "the printed paper of the decision, e.g. Drucksache 21/1234")
                    : null);
            CommandContext.BeforeWriting(parsed, "record");
            var result = RecordRevocation.Run(context.Session(parsed), request);
            return RecordView.Show(context, parsed, result);
        });
        return command;
    }
}
