using System.Net;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>Decisions recorded through the API by the parliament's staff, and what they change.</summary>
public sealed class DecisionsTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    [Fact]
    public async Task A_motion_the_cabinet_decides_and_the_Bundestag_adopts_becomes_the_mandate_in_force()
    {
        var clerk = server.Client("parliament");
        var motion = (await clerk.Post("/api/decisions/motion", """
            {"operation":"KFOR","mandate":"KFOR-2026","document":"Drucksache 21/1","source":"x"}
            """)).Is(HttpStatusCode.Created);
        Assert.Equal("motion", motion.Json.GetProperty("decision").GetString());
        (await clerk.Post("/api/decisions/cabinet", """{"mandate":"KFOR-2026","date":"2026-06-01","source":"x"}"""))
            .Is(HttpStatusCode.Created);
        (await clerk.Post("/api/decisions/vote", """
            {"mandate":"KFOR-2026","date":"2026-06-25","result":"adopted","yes":"400","no":"150","abstentions":"5",
             "source":"x"}
            """)).Is(HttpStatusCode.Created);
        var check = (await server.Client("viewer").Get("/api/operations/KFOR/check?from=2026-07-01&add=1"))
            .Is(HttpStatusCode.OK);
        Assert.Contains("KFOR-2026", check.Json.GetProperty("mandates").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_vote_with_a_bad_result_is_a_problem_naming_the_field_and_writes_nothing()
    {
        var before = (await server.Client("viewer").Get("/api/verify")).Json.GetProperty("checked").GetInt64();
        (await server.Client("parliament").Post("/api/decisions/vote",
            """{"mandate":"KFOR-2025","date":"2025-06-26","result":"maybe","source":"x"}"""))
            .Names(HttpStatusCode.BadRequest, "result");
        Assert.Equal(before, (await server.Client("viewer").Get("/api/verify")).Json.GetProperty("checked").GetInt64());
    }
}
