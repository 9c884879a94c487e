using System.Net;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>GET /api/deadlines.ics: the deadlines as a calendar feed, the same ones /api/deadlines lists.</summary>
public sealed class DeadlinesFeedTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    [Fact]
    public async Task The_feed_is_text_calendar_with_an_event_for_each_deadline_of_the_json_answer()
    {
        var client = server.Client("viewer");
        const string query = "?from=2025-01-01&to=2026-12-31";
        var json = (await client.Get("/api/deadlines" + query)).Is(HttpStatusCode.OK).Json;
        var feed = (await client.Get("/api/deadlines.ics" + query)).Is(HttpStatusCode.OK);
        Assert.Equal("text/calendar", feed.Media);
        var calendar = Ical.Net.Calendar.Load(feed.Text)!;
        Assert.Equal(json.GetProperty("deadlines").GetArrayLength(), calendar.Events.Count);
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", feed.Text);
        (await client.Get("/api/deadlines.ics?from=2025-07-01&to=2025-06-01")).Names(HttpStatusCode.BadRequest, "to");
    }
}
