using System.Net;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// <c>Idempotency-Key</c> on every write, on a real SQLite file: the same key and body return the first result
/// (the same status and entries, nothing written twice), the same key with another body is 409 naming the key, and
/// a key that is no sensible token is 400. One test per family of routes: tours, ends and corrections, decisions
/// (import: ImportTests).
/// </summary>
public sealed class IdempotencyTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    private async Task<long> Entries() =>
        (await server.Client("viewer").Get("/api/verify")).Is(HttpStatusCode.OK)
            .Json.GetProperty("checked").GetInt64();

    [Theory]
    [InlineData("/api/tours")]
    [InlineData("/api/tours/1/end")]
    [InlineData("/api/tours/1/corrections")]
    [InlineData("/api/decisions/cabinet")]
    [InlineData("/api/decisions/act-change")]
    public async Task A_key_that_is_no_token_is_bad_input_naming_it(string route)
    {
        var user = route.Contains("tours") ? "operations" : route.Contains("act") ? "admin" : "parliament";
        var body = route == "/api/tours" ? Http.Tour("K-1") : "{}";
        foreach (var key in new[] { "with space", "per%cent", "a,b", new string('x', 201), "semi;colon" })
            (await server.Client(user).Post(route, body, key)).Names(HttpStatusCode.BadRequest, "idempotencyKey");
    }

    [Fact]
    public async Task An_end_and_a_correction_sent_again_return_the_first_entry_another_body_conflicts()
    {
        var clerk = server.Client("operations");
        var tour = (await clerk.Post("/api/tours", Http.Tour("I-1", to: null))).Is(HttpStatusCode.Created)
            .Json.GetProperty("position").GetInt64();
        var end = (await clerk.Post($"/api/tours/{tour}/end", "{\"on\":\"2025-09-30\"}", "end-1"))
            .Is(HttpStatusCode.OK);
        var entries = await Entries();
        var endAgain = (await clerk.Post($"/api/tours/{tour}/end", "{\"on\":\"2025-09-30\"}", "end-1"))
            .Is(HttpStatusCode.OK);
        Assert.Equal(end.Json.GetProperty("position").GetInt64(), endAgain.Json.GetProperty("position").GetInt64());
        (await clerk.Post($"/api/tours/{tour}/end", "{\"on\":\"2025-10-31\"}", "end-1"))
            .Names(HttpStatusCode.Conflict, "idempotencyKey");
        const string correction = "{\"from\":\"2025-07-02\",\"reason\":\"typed wrong\"}";
        var corrections = $"/api/tours/{tour}/corrections";
        var fixedUp = (await clerk.Post(corrections, correction, "fix-1")).Is(HttpStatusCode.OK);
        var fixedAgain = (await clerk.Post(corrections, correction, "fix-1")).Is(HttpStatusCode.OK);
        Assert.Equal(fixedUp.Json.GetProperty("position").GetInt64(),
            fixedAgain.Json.GetProperty("position").GetInt64());
        (await clerk.Post($"/api/tours/{tour}/corrections", "{\"from\":\"2025-07-03\",\"reason\":\"x\"}", "fix-1"))
            .Names(HttpStatusCode.Conflict, "idempotencyKey");
        Assert.Equal(entries + 1, await Entries());
    }

    [Fact]
    public async Task A_decision_sent_again_returns_the_first_result_and_is_not_recorded_twice()
    {
        var clerk = server.Client("parliament");
        const string motion =
            """{"operation":"KFOR","mandate":"KFOR-2027","document":"Drucksache 21/7","source":"x"}""";
        var first = (await clerk.Post("/api/decisions/motion", motion, "motion-7")).Is(HttpStatusCode.Created);
        var entries = await Entries();
        var again = (await clerk.Post("/api/decisions/motion", motion, "motion-7")).Is(HttpStatusCode.Created);
        Assert.Equal(first.Text, again.Text);
        Assert.Equal(entries, await Entries());
        // Without the key the same motion is a second request, which the record refuses: the key is what answered.
        (await clerk.Post("/api/decisions/motion", motion)).Is(HttpStatusCode.BadRequest);
        const string cabinet = """{"mandate":"KFOR-2027","date":"2026-06-01","source":"x"}""";
        var decided = (await clerk.Post("/api/decisions/cabinet", cabinet, "cabinet-7")).Is(HttpStatusCode.Created);
        var decidedAgain = (await clerk.Post("/api/decisions/cabinet", cabinet, "cabinet-7"))
            .Is(HttpStatusCode.Created);
        Assert.Equal(decided.Text, decidedAgain.Text);
        (await clerk.Post("/api/decisions/cabinet", cabinet.Replace("06-01", "06-02"), "cabinet-7"))
            .Names(HttpStatusCode.Conflict, "idempotencyKey");
        // A key names one request, whatever the route: the motion's key on a cabinet decision is another.
        (await clerk.Post("/api/decisions/cabinet", cabinet, "motion-7"))
            .Names(HttpStatusCode.Conflict, "idempotencyKey");
        Assert.Equal(entries + 1, await Entries());
    }
}

/// <summary>
/// <c>/api/tours/{position}/end</c> and <c>/corrections</c> name a tour by the ledger position its deploy was written
/// at: any other position (a record file's, an end's, one beyond the ledger) is 404 naming <c>position</c>.
/// </summary>
public sealed class TourPositionTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    [Theory]
    [InlineData("end", "{\"on\":\"2025-12-31\"}")]
    [InlineData("corrections", "{\"from\":\"2025-07-02\",\"reason\":\"typed wrong\"}")]
    public async Task A_position_that_started_no_tour_is_404_naming_it(string route, string body)
    {
        var clerk = server.Client("operations");
        var tour = (await clerk.Post("/api/tours", Http.Tour("N-" + route[..3].ToUpperInvariant(), to: null)))
            .Is(HttpStatusCode.Created).Json.GetProperty("position").GetInt64();
        var ended = (await clerk.Post($"/api/tours/{tour}/end", "{\"on\":\"2025-11-30\"}")).Is(HttpStatusCode.OK)
            .Json.GetProperty("position").GetInt64();
        foreach (var position in new[] { 1, ended, ended + 1_000_000 })
        {
            var answer = (await clerk.Post($"/api/tours/{position}/{route}", body))
                .Names(HttpStatusCode.NotFound, "position");
            Assert.Equal(position.ToString(System.Globalization.CultureInfo.InvariantCulture),
                answer.Json.GetProperty("value").GetString());
        }
        (await clerk.Post($"/api/tours/abc/{route}", body)).Names(HttpStatusCode.BadRequest, "position");
        (await clerk.Post($"/api/tours/{tour}/{route}", body)).Is(HttpStatusCode.OK);
    }
}
