using System.CommandLine;
using System.Text.Json;
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
            context.RefuseDataOption(parsed, "history", "tells a tour's story from the ledger, which no record folder is part of");
            var position = Arguments.Position("--tour", parsed.GetValue(tour)!);
            // The tours only: the law is not needed to tell a tour's story.
            var (store, state) = (context.ExistingStore(parsed), context.State(parsed));
            var entries = TourEvents.History(store, state, position) ?? throw new BadInputException(NoTourAt(store, state, position));
            var now = state.FindTour(position);
            var cancelledBy = state.CancelledBy(position);
            if (parsed.GetValue(CliApp.JsonOption)) WriteJson(context.Output, position, now, cancelledBy, entries);
            else WriteHuman(context.Output, position, now, cancelledBy, entries);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Why a position names no tour, and what it is instead.</summary>
    private static string NoTourAt(IEventStore store, LedgerState state, long position)
    {
        var expected = "expected the position that started a tour, as `deploy` reported it or `tours` lists it";
        if (position > state.Head) return $"--tour: the ledger ends at position {state.Head:N0}, so there is no {position:N0}; {expected}.";
        var entry = store.At(position)!;
        return TourEvents.TourOf(entry) is { } started
            ? $"--tour: position {position} is a {entry.Type} entry about the tour started at {started}; expected --tour {started}."
            : $"--tour: position {position} is a {entry.Type} entry, not the start of a tour; {expected}.";
    }

    /// <summary>
    /// What each entry says of the tour, in words, beginning with what it does. An end says the last day it
    /// replaces, for a later one runs the tour on (an extension) and an earlier one cuts it short.
    /// </summary>
    private static List<string> Told(IReadOnlyList<LedgerEvent> entries)
    {
        var told = new List<string>(entries.Count);
        var days = default((string? From, string? Until));
        foreach (var e in entries)
        {
            var until = days.Until; // the tour's last day before the entry, as written (YYYY-MM-DD sorts as days do)
            days = TourEvents.DaysAfter(days, e);
            told.Add(e.Type switch
            {
                TourEvents.Started when LedgerPayload.Read<TourEvents.StartedPayload>(e) is var p =>
                    $"starts: {p.Person} for {p.Task}{(p.Area is { } a ? $" in {a}" : "")}, {Period(p.From, p.Until)}{(p.Exception is { } x ? $", under the {x} exception" : "")}",
                TourEvents.Ended when days.Until is { } on => until is { } before && string.CompareOrdinal(on, before) > 0
                    ? $"runs on: last day {on}, was {before}"
                    : $"ends: last day {on}{(until is { } was ? $", was {was}" : ", was open")}",
                TourEvents.Corrected when LedgerPayload.Read<TourEvents.CorrectedPayload>(e) is var p =>
                    (p.Cancelled ? "cancelled: never served" : $"corrected: {Period(p.From!, p.Until)}") + $", superseding position {p.Supersedes}; reason: {p.Reason}",
                _ => e.Type,
            });
        }
        return told;
    }

    private static string Period(string from, string? until) => until is { } u ? $"from {from} to {u}" : $"from {from} (open)";

    private static void WriteHuman(Output output, long position, Tour? now, long? cancelledBy, IReadOnlyList<LedgerEvent> entries)
    {
        var standing = now is { } t ? $"now {t}{(t.Area is { } a ? $" in {a}" : "")}" : $"cancelled at position {cancelledBy}";
        output.Console.MarkupLine($"[bold]Tour {position}[/]: {Markup.Escape(standing)}; {entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}, as known now");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Position") { NoWrap = true }).AddColumn(new TableColumn("Recorded at") { NoWrap = true })
            .AddColumn("Recorded by").AddColumn("Key").AddColumn("What it says");
        foreach (var (e, says) in entries.Zip(Told(entries)))
            table.AddRow(e.Position.ToString(), InstantPattern.ExtendedIso.Format(e.RecordedAt), Markup.Escape(e.RecordedBy), Markup.Escape(e.IdempotencyKey ?? "—"), Markup.Escape(says));
        output.Console.Write(table);
    }

    private static void WriteJson(Output output, long position, Tour? now, long? cancelledBy, IReadOnlyList<LedgerEvent> entries) => output.Json(json =>
    {
        var started = LedgerPayload.Read<TourEvents.StartedPayload>(entries[0]);
        json.WriteStartObject();
        json.WriteNumber("tour", position);
        json.WriteString("person", started.Person);
        json.WriteString("operation", entries[0].Operation);
        if (cancelledBy is { } c) json.WriteNumber("cancelledAt", c);
        else json.WriteNull("cancelledAt");
        // The tour as it stands now; null once cancelled.
        if (now is null) json.WriteNull("now");
        else
        {
            json.WriteStartObject("now");
            json.WriteString("task", now.Task);
            json.WriteString("area", now.Area);
            json.WriteString("from", Days.Format(now.From));
            json.WriteString("until", now.Until is { } u ? Days.Format(u) : null);
            json.WriteString("exception", TourEvents.Word(now.Exception));
            json.WriteEndObject();
        }
        json.WriteStartArray("entries");
        foreach (var (e, says) in entries.Zip(Told(entries)))
        {
            json.WriteStartObject();
            json.WriteNumber("position", e.Position);
            json.WriteString("type", e.Type);
            json.WriteString("validOn", Days.Format(e.ValidOn));
            json.WriteString("recordedAt", InstantPattern.ExtendedIso.Format(e.RecordedAt));
            json.WriteString("recordedBy", e.RecordedBy);
            json.WriteString("key", e.IdempotencyKey);
            json.WriteString("says", says);
            // The payload as the ledger holds it (and hashes it): fields it leaves out are absent, not null.
            json.WritePropertyName("payload");
            using (var payload = JsonDocument.Parse(e.Payload)) payload.WriteTo(json);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
