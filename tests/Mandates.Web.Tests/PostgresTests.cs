using System.Net;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// The write paths on the real PostgreSQL server, and what more than one server means: two servers on one database,
/// each with its own folded ledger, deploying at once near a ceiling, never together above it.
/// </summary>
public sealed class PostgresTests
{
    [Fact]
    public async Task Two_servers_on_one_database_deploying_near_the_ceiling_never_overshoot_it()
    {
        var database = new PostgresDatabase();
        await using var first = await Server.Start(database.Url);
        await using var second = await Server.Start(database.Url, tokens: first.Tokens);
        var clients = new[] { first.Client("operations"), second.Client("operations") };
        // KFOR's ceiling is 400 on 2025-07-01: 440 one-day tours, sent 16 at a time through both servers.
        var statuses = new HttpStatusCode[440];
        await Parallel.ForEachAsync(Enumerable.Range(0, statuses.Length), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, _) => statuses[i] = (await clients[i % 2].Post("/api/tours",
                Http.Tour($"C-{i:D4}", "2025-07-01", "2025-07-01"))).Status);
        Assert.Equal(400, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(40, statuses.Count(s => s == HttpStatusCode.UnprocessableEntity));
        foreach (var server in new[] { first, second })
        {
            var strength = (await server.Client("viewer").Get("/api/operations/KFOR/strength?from=2025-07-01"))
                .Is(HttpStatusCode.OK);
            Assert.Equal(400, strength.Json.GetProperty("stretches")[0].GetProperty("strength").GetInt32());
        }
        var audit = (await second.Client("viewer").Get("/api/audit")).Is(HttpStatusCode.OK);
        Assert.Equal(0, audit.Json.GetProperty("violations").GetArrayLength());
    }

    [Fact]
    public async Task Deploy_end_and_correct_write_on_postgres_and_a_replay_returns_the_first_result()
    {
        var database = new PostgresDatabase();
        await using var server = await Server.Start(database.Url);
        var client = server.Client("operations");
        var deployed = (await client.Post("/api/tours", Http.Tour("P-1", to: null), key: "pg-1")).Is(HttpStatusCode.Created);
        var position = deployed.Json.GetProperty("position").GetInt64();
        var replay = (await client.Post("/api/tours", Http.Tour("P-1", to: null), key: "pg-1")).Is(HttpStatusCode.Created);
        Assert.Equal(position, replay.Json.GetProperty("position").GetInt64());
        (await client.Post($"/api/tours/{position}/end", "{\"on\":\"2025-09-30\"}")).Is(HttpStatusCode.OK);
        (await client.Post($"/api/tours/{position}/corrections", "{\"to\":\"2025-10-31\",\"reason\":\"ended later\"}"))
            .Is(HttpStatusCode.OK);
        (await client.Post("/api/tours", Http.Tour("P-1", from: "2025-08-01"))).Names(HttpStatusCode.Conflict, "person");
        var history = (await server.Client("viewer").Get($"/api/tours/{position}/history")).Is(HttpStatusCode.OK);
        Assert.Equal(3, history.Json.GetProperty("entries").GetArrayLength());
        var verify = (await server.Client("viewer").Get("/api/verify")).Is(HttpStatusCode.OK);
        Assert.True(verify.Json.GetProperty("intact").GetBoolean());
    }
}
