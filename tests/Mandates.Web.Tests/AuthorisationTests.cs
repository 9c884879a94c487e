using System.Net;
using Mandates.Core.Access;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// Who may do what through the API: every route × every role and nobody → the status expected. Deny by default:
/// 401 without a user (or with a token that signs nobody in), 403 for a role that may not; a write is recorded
/// under the signed-in user.
/// </summary>
public sealed class AuthorisationTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    private static readonly string?[] Users = [null, "viewer", "operations", "parliament", "admin"];

    [Fact]
    public async Task Every_route_and_every_role_get_the_status_their_role_allows()
    {
        var tour = await Tour();
        var wrong = new List<string>();
        foreach (var route in Routes.All(tour))
            foreach (var user in Users)
            {
                var answer = await Send(server.Client(user), route);
                var expected = user is null ? "401"
                    : Roles.May(Roles.Parse(user)!.Value, route.Act) ? "allowed" : "403";
                var got = answer.Status switch
                {
                    HttpStatusCode.Unauthorized => "401", HttpStatusCode.Forbidden => "403", _ => "allowed",
                };
                if (got != expected)
                    wrong.Add($"{route} as {user ?? "nobody"}: expected {expected}, got {(int)answer.Status} {answer.Text}");
                if (got != "allowed") Assert.Equal("application/problem+json", answer.Media);
            }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task A_token_that_signs_nobody_in_is_401_on_every_route()
    {
        var client = server.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "mdt_nokey_" + new string('A', 43));
        foreach (var route in Routes.All(1))
            Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, route)).Status);
    }

    [Fact]
    public async Task The_matrix_covers_every_route_the_server_maps()
    {
        var mapped = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal))
            .Select(e => $"{e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods[0]} "
                + e.RoutePattern.RawText)
            .Order().ToList();
        Assert.Equal(mapped, Routes.All(1).Select(r => r.ToString()).Order().ToList());
    }

    [Fact]
    public async Task With_anonymous_reads_a_read_needs_no_user_but_a_write_still_does()
    {
        using var file = new SqliteFile();
        await using var open = await Server.Start(file.Path, anonymousReads: true);
        foreach (var route in Routes.All(1))
        {
            var answer = await Send(open.Client(), route);
            if (route.Act == Act.Read) Assert.NotEqual(HttpStatusCode.Unauthorized, answer.Status);
            else Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        }
    }

    /// <summary>A tour to end, correct and read the history of.</summary>
    private async Task<long> Tour() =>
        (await server.Client("operations").Post("/api/tours", Http.Tour("A-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), to: null)))
        .Is(HttpStatusCode.Created).Json.GetProperty("position").GetInt64();

    private static Task<Answer> Send(HttpClient client, Routes.Route route) =>
        route.Method == "GET" ? client.Get(route.Path) : client.Post(route.Path, route.Body!);
}
