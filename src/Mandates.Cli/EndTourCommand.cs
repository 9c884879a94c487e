using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using NodaTime;

namespace Mandates.Cli;

/// <summary>`mandates end-tour --person P-4711 --on 2025-09-30`: the person's tour covering that day ends on it (the last day of service), or the tour that ended before it runs on to it.</summary>
internal static class EndTourCommand
{
    public static Command Create(CommandContext context)
    {
        var person = new Option<string>("--person") { Description = "The person's pseudonymous service identifier, e.g. P-4711.", Required = true };
        var on = new Option<string>("--on") { Description = "The last day of service, inclusive (YYYY-MM-DD).", Required = true };
        var key = new Option<string?>("--key") { Description = "An idempotency key." };
        var command = new Command("end-tour",
            "Set the last day of service of the person's tour: the tour covering that day ends on it; or, if none does, the person's latest tour that ended before it runs on to it "
            + "(an extension, lawful on every day added). Exit 0 written, 1 refused by the law, 2 bad input.") { person, on, key };
        command.SetAction(parsed =>
        {
            var who = Arguments.Person("--person", parsed.GetValue(person)!);
            var day = Arguments.Date("--on", parsed.GetValue(on)!);
            var named = Arguments.Key(parsed.GetValue(key));
            // Before the store is opened (and, on first use, filled): bad input writes nothing at all.
            Arguments.Covered("--on", day);
            CommandContext.BeforeWriting(parsed, "end-tour");
            var ledger = context.Ledger(parsed);
            // The person's tours as they were, to say what the end did: a typo in --on may as well lengthen a tour as end it.
            var before = ledger.State.ToursOf(who).ToDictionary(t => t.StartedAt);
            var outcome = ledger.EndTour(who, day, named);
            // A replay under the same key wrote nothing now: what its first write did is not what the tour was just before.
            var effect = outcome is WriteOutcome.Written { Replayed: false, Event: var e } && before.GetValueOrDefault(LedgerPayload.Read<TourEvents.EndedPayload>(e).Tour) is { } was
                ? Effect(was, day)
                : ((string, Action<System.Text.Json.Utf8JsonWriter>)?)null;
            return WriteCommands.Report(context.Output, outcome, parsed.GetValue(CliApp.JsonOption), effect);
        });
        return command;
    }

    /// <summary>What ending <paramref name="was"/> on <paramref name="day"/> did to it: ended an open tour, cut it short, or ran it on (an extension).</summary>
    private static (string, Action<System.Text.Json.Utf8JsonWriter>) Effect(Tour was, LocalDate day)
    {
        static string DaysCount(int n) => $"{n} day{(n == 1 ? "" : "s")}";
        var what = was.Until is not { } last ? "it was open"
            : $"it ended on {Days.Format(last)} before: " + (last < day ? $"{DaysCount(Period.DaysBetween(last, day))} added" : $"{DaysCount(Period.DaysBetween(day, last))} given up");
        return ($"The tour of {was.Person} in {was.Operation} ({was.Task}) from {Days.Format(was.From)}, started at ledger position {was.StartedAt}, now ends on {Days.Format(day)}; {what}.",
            j =>
            {
                j.WriteNumber("tour", was.StartedAt);
                j.WriteString("from", Days.Format(was.From));
                j.WriteString("until", Days.Format(day));
                if (was.Until is { } u) j.WriteString("untilBefore", Days.Format(u)); else j.WriteNull("untilBefore");
            });
    }
}
