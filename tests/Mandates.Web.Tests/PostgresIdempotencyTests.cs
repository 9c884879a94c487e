using System.Net;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// Idempotency-Key and import on the real PostgreSQL server, through two servers on one database: the ledger holds
/// the key, so a request sent again to the other server (a client's retry through a load balancer) is answered
/// with the first result and written once.
/// </summary>
public sealed class PostgresIdempotencyTests
{
    private static async Task<long> Entries(Server server) =>
        (await server.Client("viewer").Get("/api/verify")).Is(HttpStatusCode.OK)
            .Json.GetProperty("checked").GetInt64();

    [Fact]
    public async Task The_same_key_through_two_servers_writes_one_entry_for_every_kind_of_write()
    {
        var database = new PostgresDatabase();
        await using var first = await Server.Start(database.Url);
        await using var second = await Server.Start(database.Url, tokens: first.Tokens);
        var before = await Entries(first);

        var tour = (await first.Client("operations").Post("/api/tours", Http.Tour("PG-1", to: null), "pg-tour"))
            .Is(HttpStatusCode.Created);
        var tourAgain = (await second.Client("operations").Post("/api/tours", Http.Tour("PG-1", to: null), "pg-tour"))
            .Is(HttpStatusCode.Created);
        Assert.Equal(tour.Json.GetProperty("position").GetInt64(), tourAgain.Json.GetProperty("position").GetInt64());
        var position = tour.Json.GetProperty("position").GetInt64();
        (await first.Client("operations").Post($"/api/tours/{position}/end", "{\"on\":\"2025-09-30\"}", "pg-end"))
            .Is(HttpStatusCode.OK);
        (await second.Client("operations").Post($"/api/tours/{position}/end", "{\"on\":\"2025-09-30\"}", "pg-end"))
            .Is(HttpStatusCode.OK);

        const string motion =
            """{"operation":"KFOR","mandate":"KFOR-2026","document":"Drucksache 21/1","source":"x"}""";
        var recorded = (await first.Client("parliament").Post("/api/decisions/motion", motion, "pg-motion"))
            .Is(HttpStatusCode.Created);
        var recordedAgain = (await second.Client("parliament").Post("/api/decisions/motion", motion, "pg-motion"))
            .Is(HttpStatusCode.Created);
        Assert.Equal(recorded.Text, recordedAgain.Text);

        var upload = Uploads.Zip(Uploads.Changed());
        var imported = (await first.Client("admin").Import(upload, "pg-import")).Is(HttpStatusCode.OK);
        var importedAgain = (await second.Client("admin").Import(upload, "pg-import")).Is(HttpStatusCode.OK);
        Assert.Equal(imported.Text, importedAgain.Text);
        Assert.Equal(1, imported.Json.GetProperty("changed").GetInt32());
        (await second.Client("admin").Import(Uploads.Zip(Uploads.Bundled()), "pg-import"))
            .Names(HttpStatusCode.Conflict, "idempotencyKey");

        // A tour, its end, a motion, a changed file: four entries, whichever server was asked.
        Assert.Equal(before + 4, await Entries(first));
        Assert.Equal(before + 4, await Entries(second));
    }

    [Fact]
    public async Task The_same_key_sent_to_two_servers_at_once_writes_one_entry()
    {
        var database = new PostgresDatabase();
        await using var first = await Server.Start(database.Url);
        await using var second = await Server.Start(database.Url, tokens: first.Tokens);
        var before = await Entries(first);
        const string motion =
            """{"operation":"KFOR","mandate":"KFOR-2026","document":"Drucksache 21/1","source":"x"}""";
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? first : second).Client("parliament").Post("/api/decisions/motion", motion, "pg-race")));
        Assert.All(answers, a => a.Is(HttpStatusCode.Created));
        Assert.Single(answers.Select(a => a.Json.GetProperty("positions")[0].GetInt64()).Distinct());
        Assert.Equal(before + 1, await Entries(second));
    }
}
