using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Cli;

/// <summary>`mandates generate --events 100000 --seed 7`: appends realistic, lawful tour history for tests and benchmarks.</summary>
internal static class GenerateCommand
{
    private const int Batch = 5_000;

    public static Command Create(CommandContext context)
    {
        var events = new Option<string>("--events") { Description = "How many entries to append at most, e.g. 100000.", Required = true };
        var seed = new Option<string?>("--seed") { Description = "The same seed gives the same history. Default: 1." };
        var from = new Option<string?>("--from") { Description = "The first day of the history. Default: the record's first consent." };
        var until = new Option<string?>("--until") { Description = "The last day a contingent may start. Default: today." };
        var command = new Command("generate", "Append seeded, realistic tour history (contingents rotating every 4 to 6 months at about 70 % of each ceiling), lawful by construction.")
        {
            events, seed, from, until,
        };
        command.SetAction(parsed =>
        {
            var count = Arguments.Count("--events", parsed.GetValue(events)!);
            var seedValue = parsed.GetValue(seed) is { } s ? Arguments.Count("--seed", s) : 1;
            var record = context.Record(parsed);
            var first = parsed.GetValue(from) is { } f ? Arguments.Date("--from", f)
                : record.Operations.SelectMany(o => o.Mandates).Select(m => m.ConsentBegins).Where(d => d is not null).Min() ?? context.Today;
            var last = parsed.GetValue(until) is { } u ? Arguments.Date("--until", u) : context.Today;
            if (last < first) throw new BadInputException($"--until: '{Days.Format(last)}' is before --from ({Days.Format(first)}); expected a day on or after it.");
            if (!StrengthIndex.Covers(first) || !StrengthIndex.Covers(last.PlusDays(180)))
                throw new BadInputException($"--from/--until: the ledger covers {Days.Format(StrengthIndex.FirstDay)} to {Days.Format(StrengthIndex.LastDay)}, and tours run up to 180 days past --until.");

            var store = context.Store(parsed);
            var head = store.Head;
            var user = parsed.GetValue(CliApp.UserOption) ?? "generator";
            var json = parsed.GetValue(CliApp.JsonOption);
            var written = context.Output.WithProgress($"Generating {count:N0} entries", json, progress =>
            {
                var total = 0L;
                foreach (var chunk in HistoryGenerator.Generate(context.Authoriser(parsed), seedValue, first, last, user).Take(count).Chunk(Batch))
                {
                    // One transaction a batch: all or nothing, and fast.
                    store.Write(head + total, _ => ((IReadOnlyList<NewEvent>)chunk, 0));
                    total += chunk.Length;
                    progress((double)total / count);
                }
                return total;
            });
            if (json) context.Output.Json(j => { j.WriteStartObject(); j.WriteNumber("appended", written); j.WriteNumber("head", head + written); j.WriteEndObject(); });
            else context.Output.Writer.WriteLine($"Appended {written:N0} entries (positions {head + 1} to {head + written}) to {store.Description}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
