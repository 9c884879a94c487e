using Mandates.Core.Contracts;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases;
using NodaTime.Text;
using Spectre.Console;

namespace Mandates.Cli.Views;

/// <summary>What became of a write (deploy, end-tour, correct-tour), as the writing commands say it.</summary>
internal static class WriteView
{
    /// <summary>
    /// Says what a write did: written (with the instant it was recorded, which --as-recorded-at takes, and what
    /// an end did to its tour), refused with the decision, or bad input; returns the exit code.
    /// </summary>
    public static int Show(Output output, WriteResult result, bool json)
    {
        switch (result.Outcome)
        {
            case WriteOutcome.Written written:
                if (json) output.Writer.WriteLine(Contract.Write(WriteOutput.Of(written, result.Ended)));
                else Text(output, written, result.Ended);
                return ExitCodes.Ok;
            case WriteOutcome.Refused refused:
                if (json) DecisionView.Json(output, refused.Decision, 1, "refused", result.OpenEnded);
                else
                {
                    output.Console.MarkupLine("[red bold]REFUSED[/]: nothing was written.");
                    DecisionView.Findings(output, refused.Decision);
                }
                return ExitCodes.Refused;
            case WriteOutcome.Invalid invalid:
                throw new WriteProblemException(invalid.Problem);
            default:
                throw new InvalidOperationException($"Unknown outcome {result.Outcome}.");
        }
    }

    private static void Text(Output output, WriteOutcome.Written written, TourEnd? ended)
    {
        var entry = written.Event;
        var at = InstantPattern.ExtendedIso.Format(entry.RecordedAt);
        output.Console.MarkupLine(written.Replayed
            ? $"[yellow]Already written[/] at ledger position {entry.Position} under this key, recorded at {at}; "
                + "nothing new was written."
            : $"[green]Written[/] at ledger position {entry.Position} ({Markup.Escape(entry.Type)}), recorded at {at} "
                + $"by {Markup.Escape(entry.RecordedBy)}.");
        if (ended is not null) output.Writer.WriteLine(Said(ended));
    }

    /// <summary>What ending a tour did to it, in words: ended an open tour, cut it short, or ran it on.</summary>
    private static string Said(TourEnd ended)
    {
        static string DaysCount(int n) => $"{n} day{(n == 1 ? "" : "s")}";
        var was = ended.Was;
        var what = ended.DaysChanged switch
        {
            null => "it was open",
            var n => $"it ended on {Days.Format(was.Until!.Value)} before: "
                + (n > 0 ? $"{DaysCount(n.Value)} added" : $"{DaysCount(-n.Value)} given up"),
        };
        return $"The tour of {was.Person} in {was.Operation} ({was.Task}) from {Days.Format(was.From)}, started at "
            + $"ledger position {was.StartedAt}, now ends on {Days.Format(ended.Until)}; {what}.";
    }
}
