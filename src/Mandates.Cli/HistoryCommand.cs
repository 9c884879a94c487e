using System.CommandLine;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using NodaTime.Text;
using Spectre.Console;

namespace Mandates.Cli;

/// <summary>
/// `mandates history --tour 10`: every entry about one tour (its start, each end and correction), who
/// recorded it and when, and what it says; the ledger is never edited, so this is the tour's whole story.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(CommandContext context)
    {
        var tour = new Option<string>("--tour") { Description = "The ledger position that started the tour (as `deploy` reported it, or `tours` lists it).", Required = true };
        var command = new Command("history", "Every entry about one tour: its start, each end and correction (with its reason), who recorded each and when.") { tour };
        command.SetAction(parsed =>
        {
            var position = Arguments.Count("--tour", parsed.GetValue(tour)!, example: 10);
            var ledger = context.Ledger(parsed);
            var state = ledger.State;
            var entries = TourEvents.History(ledger.Store, state, position)
                ?? throw new BadInputException($"--tour: ledger position {position} started no tour; expected the position `deploy` reported or `tours` lists.");
            var now = state.FindTour(position);
            var cancelledBy = state.CancelledBy(position);
            if (parsed.GetValue(CliApp.JsonOption)) WriteJson(context.Output, position, now, cancelledBy, entries);
            else WriteHuman(context.Output, position, now, cancelledBy, entries);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>What an entry says of the tour, in words.</summary>
    private static string Says(LedgerEvent e) => e.Type switch
    {
        TourEvents.Started when LedgerPayload.Read<TourEvents.StartedPayload>(e) is var p =>
            $"{p.Person} serves for {p.Task}{(p.Area is { } a ? $" in {a}" : "")} from {p.From} {(p.Until is { } u ? $"to {u}" : "(open)")}{(p.Exception is { } x ? $", under the {x} exception" : "")}",
        TourEvents.Ended when LedgerPayload.Read<TourEvents.EndedPayload>(e) is var p => $"ends: last day {p.On}",
        TourEvents.Corrected when LedgerPayload.Read<TourEvents.CorrectedPayload>(e) is var p =>
            (p.Cancelled ? "cancelled: never served" : $"corrected: from {p.From} {(p.Until is { } u ? $"to {u}" : "(open)")}") + $", superseding position {p.Supersedes}; reason: {p.Reason}",
        _ => e.Type,
    };

    private static void WriteHuman(Output output, long position, Tour? now, long? cancelledBy, IReadOnlyList<LedgerEvent> entries)
    {
        var state = now is { } t ? $"now {t}" : $"cancelled at position {cancelledBy}";
        output.Console.MarkupLine($"[bold]Tour {position}[/]: {Markup.Escape(state)}; {entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}, as known now");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "Position", "Recorded at", "Recorded by", "Key", "Entry", "What it says" }) table.AddColumn(h);
        foreach (var e in entries)
            table.AddRow(e.Position.ToString(), InstantPattern.ExtendedIso.Format(e.RecordedAt), Markup.Escape(e.RecordedBy), Markup.Escape(e.IdempotencyKey ?? "—"),
                e.Type, Markup.Escape(Says(e)));
        output.Console.Write(table);
    }

    private static void WriteJson(Output output, long position, Tour? now, long? cancelledBy, IReadOnlyList<LedgerEvent> entries) => output.Json(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("tour", position);
        if (cancelledBy is { } c) json.WriteNumber("cancelledAt", c);
        else json.WriteNull("cancelledAt");
        json.WriteString("from", now is null ? null : Days.Format(now.From));
        json.WriteString("until", now?.Until is { } u ? Days.Format(u) : null);
        json.WriteStartArray("entries");
        foreach (var e in entries)
        {
            json.WriteStartObject();
            json.WriteNumber("position", e.Position);
            json.WriteString("type", e.Type);
            json.WriteString("recordedAt", InstantPattern.ExtendedIso.Format(e.RecordedAt));
            json.WriteString("recordedBy", e.RecordedBy);
            json.WriteString("key", e.IdempotencyKey);
            json.WriteString("says", Says(e));
            json.WritePropertyName("payload");
            using (var payload = System.Text.Json.JsonDocument.Parse(e.Payload)) payload.WriteTo(json);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
