using System.Net;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// The REST API on a real SQLite file, as a client meets it: each endpoint's answer, a refusal by the law (422 with
/// its decision), bad input (400 naming the field and the value), a conflict with the ledger (409).
/// </summary>
public sealed class ApiTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    // One server for the class: each test writes tours of persons of its own, and asks about days none other fills.
    private readonly Server server = fixture.Server;

    [Fact]
    public async Task Check_answers_authorised_with_the_headroom_and_every_finding()
    {
        var answer = (await server.Client("viewer").Get(
            "/api/operations/KFOR/check?from=2025-01-15&add=50&task=reconnaissance")).Is(HttpStatusCode.OK);
        Assert.True(answer.Json.GetProperty("authorised").GetBoolean());
        Assert.Equal(400, answer.Json.GetProperty("headroom").GetInt32());
        Assert.Equal(7, answer.Json.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task Check_above_the_ceiling_is_an_answer_not_an_error()
    {
        var answer = (await server.Client("viewer").Get("/api/operations/KFOR/check?from=2025-07-01&add=401"))
            .Is(HttpStatusCode.OK);
        Assert.False(answer.Json.GetProperty("authorised").GetBoolean());
    }

    [Theory]
    [InlineData("/api/operations/KFOR/check?from=2025-13-01", "from", "2025-13-01")]
    [InlineData("/api/operations/KFOR/check?from=2025-07-02&to=2025-07-01", "to", "2025-07-01")]
    [InlineData("/api/operations/KFOR/check?add=-3", "add", "-3")]
    [InlineData("/api/operations/NOPE/check", "operation", "NOPE")]
    [InlineData("/api/operations/KFOR/strength?by=person", "by", "person")]
    [InlineData("/api/operations/KFOR/strength?asRecordedAt=yesterday", "asRecordedAt", "yesterday")]
    [InlineData("/api/operations?on=soon", "on", "soon")]
    [InlineData("/api/tours/abc/history", "tour", "abc")]
    public async Task Bad_input_is_a_problem_naming_the_field_and_the_value(string path, string field, string value)
    {
        var answer = (await server.Client("viewer").Get(path)).Names(HttpStatusCode.BadRequest, field);
        Assert.Equal(value, answer.Json.GetProperty("value").GetString());
        Assert.Contains(field, answer.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Deploy_answers_201_with_the_position_and_records_the_signed_in_user()
    {
        var answer = (await server.Client("operations").Post("/api/tours", Http.Tour("P-1", "2025-03-01", "2025-03-01")))
            .Is(HttpStatusCode.Created);
        var position = answer.Json.GetProperty("position").GetInt64();
        Assert.Equal($"/api/tours/{position}/history", answer.Response.Headers.Location?.ToString());
        Assert.Equal("operations", answer.Json.GetProperty("recordedBy").GetString());
        var history = (await server.Client("viewer").Get($"/api/tours/{position}/history")).Is(HttpStatusCode.OK);
        Assert.Contains("P-1", history.Text);
        var strength = (await server.Client("viewer").Get("/api/operations/KFOR/strength?from=2025-03-01"))
            .Is(HttpStatusCode.OK);
        Assert.Equal(1, strength.Json.GetProperty("stretches")[0].GetProperty("strength").GetInt32());
    }

    [Fact]
    public async Task A_name_the_client_sends_is_refused_not_recorded()
    {
        var body = Http.Tour("P-2").TrimEnd('}') + ",\"recordedBy\":\"someone-else\"}";
        (await server.Client("operations").Post("/api/tours", body)).Names(HttpStatusCode.BadRequest, "recordedBy");
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_return_the_first_result_another_body_conflicts()
    {
        var client = server.Client("operations");
        var first = (await client.Post("/api/tours", Http.Tour("P-3"), key: "k-1")).Is(HttpStatusCode.Created);
        var again = (await client.Post("/api/tours", Http.Tour("P-3"), key: "k-1")).Is(HttpStatusCode.Created);
        Assert.Equal(first.Json.GetProperty("position").GetInt64(), again.Json.GetProperty("position").GetInt64());
        Assert.Equal("already-written", again.Json.GetProperty("outcome").GetString());
        (await client.Post("/api/tours", Http.Tour("P-4"), key: "k-1")).Names(HttpStatusCode.Conflict, "idempotencyKey");
    }

    [Fact]
    public async Task An_overlapping_tour_is_a_conflict_naming_the_person()
    {
        var client = server.Client("operations");
        (await client.Post("/api/tours", Http.Tour("P-5"))).Is(HttpStatusCode.Created);
        (await client.Post("/api/tours", Http.Tour("P-5", from: "2025-08-01"))).Names(HttpStatusCode.Conflict, "person");
    }

    [Fact]
    public async Task A_tour_the_law_refuses_is_422_with_the_decision_and_nothing_is_written()
    {
        var answer = await server.Client("operations").Post("/api/tours",
            Http.Tour("P-6", from: "2024-01-01", to: "2024-01-31", task: "no-such-task"));
        answer.Is(HttpStatusCode.BadRequest);
        var refused = (await server.Client("operations").Post("/api/tours", Http.Tour("P-6", from: "1995-01-01",
            to: "1995-01-31"))).Is(HttpStatusCode.UnprocessableEntity);
        Assert.False(refused.Json.GetProperty("decision").GetProperty("authorised").GetBoolean());
        Assert.Equal("refused", refused.Json.GetProperty("decision").GetProperty("outcome").GetString());
        var tours = (await server.Client("viewer").Get("/api/operations/KFOR/tours?from=1995-01-01&to=1995-01-31"))
            .Is(HttpStatusCode.OK);
        Assert.Equal(0, tours.Json.GetProperty("tours").GetArrayLength());
    }

    [Fact]
    public async Task A_tour_is_ended_and_corrected_through_its_position()
    {
        var client = server.Client("operations");
        var position = (await client.Post("/api/tours", Http.Tour("P-7", to: null))).Is(HttpStatusCode.Created)
            .Json.GetProperty("position").GetInt64();
        var ended = (await client.Post($"/api/tours/{position}/end", "{\"on\":\"2025-09-30\"}")).Is(HttpStatusCode.OK);
        Assert.Equal("2025-09-30", ended.Json.GetProperty("until").GetString());
        (await client.Post($"/api/tours/{position}/corrections", "{\"from\":\"2025-07-02\",\"reason\":\"typed wrong\"}"))
            .Is(HttpStatusCode.OK);
        (await client.Post($"/api/tours/{position}/corrections", "{\"reason\":\"typed wrong\"}"))
            .Names(HttpStatusCode.BadRequest, "from");
        (await client.Post("/api/tours/999/end", "{\"on\":\"2025-09-30\"}"))
            .Names(HttpStatusCode.NotFound, "position");
    }

    [Theory]
    [InlineData("/api/operations")]
    [InlineData("/api/operations/KFOR?on=2025-07-01")]
    [InlineData("/api/operations/KFOR/strength?from=2025-07-01&to=2025-07-31&by=task")]
    [InlineData("/api/operations/KFOR/tours?from=2025-07-01")]
    [InlineData("/api/deadlines?from=2025-01-01&to=2025-12-31")]
    [InlineData("/api/audit")]
    [InlineData("/api/verify")]
    public async Task Every_read_answers_its_contract(string path)
    {
        var answer = (await server.Client("viewer").Get(path)).Is(HttpStatusCode.OK);
        Assert.Equal(1, answer.Json.GetProperty("schemaVersion").GetInt32());
    }
}
