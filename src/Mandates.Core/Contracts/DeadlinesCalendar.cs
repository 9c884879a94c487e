using System.Security.Cryptography;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Mandates.Core.Law;
using Mandates.Core.UseCases;
using NodaTime;
using Calendar = Ical.Net.Calendar;

namespace Mandates.Core.Contracts;

/// <summary>
/// The deadlines as an iCalendar feed (RFC 5545) a calendar subscribes to: one all-day event per deadline, with a
/// reminder a week before. Each event's UID is made from what the deadline is (operation, mandate, kind, day), not
/// from when the feed was made, so a calendar that fetches the feed again updates its events instead of adding
/// them twice.
/// </summary>
public static class DeadlinesCalendar
{
    /// <summary>The feed's name, as a calendar shows it (X-WR-CALNAME).</summary>
    public const string Name = "Mandates: deadlines of the Bundestag's mandates";

    /// <summary>The product that made the feed (PRODID).</summary>
    public const string ProductId = "-//Mandates//Deadlines of the Bundestag's mandates//EN";

    /// <summary>The MIME type of the feed.</summary>
    public const string MediaType = "text/calendar";

    /// <summary>
    /// The feed of <paramref name="result"/>'s deadlines (those in the period, not the notes on ones past), stamped
    /// <paramref name="now"/>, with each event's sources read from <paramref name="record"/>. CRLF line ends, lines
    /// folded at 75 octets between characters (<see cref="Folded"/>).
    /// </summary>
    public static string Of(LegalRecord record, DeadlinesResult result, Instant now)
    {
        var calendar = new Calendar { ProductId = ProductId, Method = "PUBLISH", Scale = "GREGORIAN" };
        calendar.AddProperty("X-WR-CALNAME", Name);
        var stamp = new CalDateTime(now.ToDateTimeUtc());
        foreach (var d in result.Deadlines)
            calendar.Events.Add(Event(record, d, stamp));
        var text = new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("Ical.Net wrote no calendar.");
        return Folded(text);
    }

    /// <summary>A deadline's stable UID: a SHA-256 prefix of operation, mandate, kind and day, @mandates.</summary>
    public static string Uid(OperationDeadline d)
    {
        var what = $"{d.Operation.Value}|{d.Deadline.Mandate.Value}|{d.Deadline.Kind}|{Days.Format(d.Deadline.Date)}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(what));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "@mandates";
    }

    private static CalendarEvent Event(LegalRecord record, OperationDeadline d, CalDateTime stamp)
    {
        var day = d.Deadline.Date;
        var next = day.PlusDays(1);
        var e = new CalendarEvent
        {
            Uid = Uid(d),
            DtStamp = stamp,
            DtStart = new CalDateTime(day.Year, day.Month, day.Day),
            DtEnd = new CalDateTime(next.Year, next.Month, next.Day),
            Summary = $"{d.Operation.Value}: {d.Deadline.What}",
            Description = Description(record, d),
        };
        e.Alarms.Add(new Alarm
        {
            Action = Ical.Net.AlarmAction.Display,
            Description = $"In a week: {d.Operation.Value}: {d.Deadline.What}",
            Trigger = new Trigger(Ical.Net.DataTypes.Duration.FromDays(-7)),
        });
        return e;
    }

    /// <summary>The legal basis, the decision awaited and the sources: the mandate's and the operation's.</summary>
    private static string Description(LegalRecord record, OperationDeadline d)
    {
        var lines = new List<string>
        {
            $"Legal basis: {d.Deadline.Basis}",
            $"Decision awaited: {d.Deadline.Awaits ?? "none (no decision can answer it)"}",
            $"Set by the law: {(d.Deadline.IsLegalLimit ? "yes" : "no, a government undertaking")}",
            $"Mandate: {d.Deadline.Mandate.Value}",
        };
        if (record.FindOperation(d.Operation.Value) is { } operation)
        {
            if (operation.Mandates.FirstOrDefault(m => m.Id == d.Deadline.Mandate) is { } mandate)
                lines.Add($"Source of the mandate: {mandate.Source}");
            lines.Add($"Source of the operation: {operation.Source}");
        }
        return string.Join("\n", lines);
    }

    /// <summary>
    /// The text with every line ending CRLF and no line longer than 75 octets of UTF-8: a longer line is cut before
    /// the character that would pass the limit, never inside one (an umlaut is two octets), and goes on on the next
    /// line after one space (RFC 5545 § 3.1). Lines Ical.Net folded already are unfolded first, so the rule is applied
    /// once, by octets.
    /// </summary>
    public static string Folded(string text)
    {
        var unfolded = text.Replace("\r\n", "\n").Replace("\n ", "").Replace("\n\t", "");
        var output = new StringBuilder(text.Length + text.Length / 70 * 3);
        foreach (var line in unfolded.Split('\n'))
        {
            if (line.Length == 0) continue;
            var octets = 0;
            var limit = 75;
            for (var i = 0; i < line.Length; i++)
            {
                var length = char.IsSurrogatePair(line, i) ? 2 : 1;
                var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
                if (octets + size > limit)
                {
                    output.Append("\r\n ");
                    // The space that continues a folded line is its first octet.
                    octets = 1;
                }
                output.Append(line, i, length);
                octets += size;
                i += length - 1;
            }
            output.Append("\r\n");
        }
        return output.ToString();
    }
}
