using Mandates.Core.Contracts;
using Mandates.Core.Law;
using Mandates.Core.UseCases;

namespace Mandates.Cli.Views;

/// <summary>generate's answer: the fictional operations recorded and the entries appended.</summary>
internal static class GenerateView
{
    public static void Json(Output output, GenerateResult generated) =>
        output.Writer.WriteLine(Contract.Write(new GenerateOutput(Contract.SchemaVersion, generated.Recorded.Count,
            generated.Appended, generated.Request.Events, generated.Head)));

    public static void Text(Output output, GenerateResult generated)
    {
        var (writer, recorded, fictional) = (output.Writer, generated.Recorded, generated.Request.Operations);
        var operations = $"the fictional operations GEN-01 to GEN-{fictional:D2}";
        if (fictional > 0)
            writer.WriteLine(recorded.Count == 0
                ? $"The record already holds {operations} as this command writes them."
                : $"Recorded {(recorded.Count == fictional ? "" : $"{recorded.Count} of ")}{operations} at positions "
                  + $"{recorded[0].Position} to {recorded[^1].Position}, every fact sourced to this command and marked "
                  + "unverified.");
        var (written, asked, head) = (generated.Appended, generated.Request.Events, generated.Head);
        if (written == 0)
        {
            writer.WriteLine($"Appended no entries to {generated.Store}: no operation has room for another tour within "
                + "about 70 % of its ceiling on days its mandates authorise.");
            return;
        }
        var (start, end) = (Days.Format(generated.Period.Start), Days.Format(generated.Period.End));
        // This run's entries are the newest: no other writer appended meanwhile (its batches were planned so).
        writer.WriteLine($"Appended {written:N0} entries (positions {head - written + 1} to {head}) to "
            + $"{generated.Store}."
            // Said, for a user who asked for more would otherwise take the history as complete.
            + (written < asked ? $" That is fewer than the {asked:N0} asked for: the history from {start} to {end} "
                + "has no room for more tours within about 70 % of each ceiling (a later --to, or --operations, gives "
                + "more)." : ""));
    }
}
