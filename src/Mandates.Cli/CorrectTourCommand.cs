using System.CommandLine;
using Mandates.Cli.Views;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases;
using NodaTime;

namespace Mandates.Cli;

/// <summary>
/// `mandates correct-tour --tour 17 --from 2025-07-03 --to 2025-12-31 --reason "…"`: a new entry supersedes a
/// wrongly recorded tour.
/// </summary>
internal static class CorrectTourCommand
{
    public static Command Create(CommandContext context)
    {
        var tour = new Option<string>("--tour")
        {
            Description = "The ledger position that started the tour (as `deploy` reported it, or `tours` lists it).",
            Required = true,
        };
        var from = new Option<string?>("--from")
        {
            Description = "The tour's first day as it should have been recorded. Default: the first day the "
                + "tour has now.",
        };
        var to = new Option<string?>("--to")
        {
            Description = "Its last day as it should have been recorded, inclusive, or 'open'. Default: the last day "
                + "the tour has now (an ended tour stays ended, an open one open).",
        };
        var cancel = new Option<bool>("--cancel") { Description = "Strike the tour out as never served." };
        var reason = new Option<string>("--reason") { Description = "Why the record was wrong.", Required = true };
        var key = new Option<string?>("--key") { Description = "An idempotency key." };
        var command = new Command("correct-tour", "Correct a tour recorded wrongly: a new entry supersedes it (nothing "
            + "is updated or deleted). A corrected tour must be lawful on every day it adds (the days it keeps are "
            + "counted already; giving days up is always lawful). Exit 0 written, 1 refused, 2 bad input.")
        {
            tour, from, to, cancel, reason, key,
        };
        OldNames.Keep(command, to, "--until");
        command.SetAction(parsed =>
        {
            var position = Arguments.Position("--tour", parsed.GetValue(tour)!);
            var striking = parsed.GetValue(cancel);
            var first = parsed.GetValue(from) is { } f ? Arguments.Date("--from", f) : (LocalDate?)null;
            var lastText = OldNames.Value(parsed, to);
            var toName = OldNames.Typed(parsed, to) ?? "--to";
            if (striking && (first is not null || lastText is not null))
                throw new BadInputException("--cancel: a cancelled tour has no days; give --cancel alone, or the "
                    + $"corrected --from and/or {toName}, e.g. --tour {position} --cancel.");
            if (!striking && first is null && lastText is null)
                throw new BadInputException($"--from/{toName}/--cancel: say what was recorded wrongly: the tour's "
                    + $"corrected --from and/or {toName}, or --cancel, e.g. --tour {position} --from 2025-07-03.");
            var last = lastText is null ? null : Arguments.DayOrOpen("--to", lastText);
            var why = Arguments.Text("--reason", parsed.GetValue(reason)!,
                "why the record was wrong, e.g. \"entered for the wrong person\"");
            var named = Arguments.Key(parsed.GetValue(key));
            CommandContext.BeforeWriting(parsed, "correct-tour");
            var result = CorrectTour.Run(context.Session(parsed),
                new CorrectTourRequest(position, first, last, striking, why, named, KeepUntil: lastText is null));
            return WriteView.Show(context.Output, result, parsed.GetValue(CliApp.JsonOption));
        });
        return command;
    }
}
