using System.Net;
using Mandates.Core.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// Who may use which page and form: every dashboard page and form post × every role and nobody → the status expected
/// (nobody is sent to the sign-in; a role that may not gets 403); every form post without its anti-forgery token is
/// refused, even for a role allowed.
/// </summary>
public sealed class PageAuthorisationTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    private static readonly string?[] Users = [null, "viewer", "operations", "parliament", "admin"];

    [Fact]
    public async Task Every_page_and_form_and_every_role_get_the_status_their_role_allows()
    {
        var tour = await Tour();
        var wrong = new List<string>();
        foreach (var user in Users)
        {
            using var page = user is null ? new PageClient(server.Address) : await PageClient.SignedIn(server, user);
            foreach (var route in Routes.Pages(tour))
            {
                var answer = route.Method == "GET" ? await page.Get(route.Path)
                    : await page.Post(route.Path, new(route.Fields!), route.From);
                var expected = user is null ? HttpStatusCode.Redirect
                    : Roles.May(Roles.Parse(user)!.Value, route.Act) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
                if (answer.Status != expected)
                    wrong.Add($"{route} as {user ?? "nobody"}: expected {(int)expected}, got {(int)answer.Status}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task A_form_post_without_the_anti_forgery_token_is_refused_for_the_role_allowed()
    {
        var tour = await Tour();
        foreach (var route in Routes.Pages(tour).Where(r => r.Method == "POST"))
        {
            var user = new[] { "operations", "parliament", "admin" }
                .First(u => Roles.May(Roles.Parse(u)!.Value, route.Act));
            using var page = await PageClient.SignedIn(server, user);
            Assert.True((await page.Forge(route.Path, new(route.Fields!))).Status == HttpStatusCode.BadRequest,
                $"{route} as {user} without the token was not refused");
        }
    }

    [Fact]
    public void The_matrix_covers_every_page_and_form_the_server_maps()
    {
        var mapped = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (e.RoutePattern.RawText!, Page: e.Metadata.GetMetadata<CompiledPageActionDescriptor>()))
            .Where(e => e.Page is not null && e.Page.ViewEnginePath is not "/SignIn" and not "/SignOut")
            .SelectMany(e => e.Page!.HandlerMethods.Where(h => h.HttpMethod == "Post" || h.Name is not null)
                .Select(h => $"{h.HttpMethod.ToUpperInvariant()} {e.Item1}?handler={h.Name}").Prepend($"GET {e.Item1}"))
            .Order().ToList();
        Assert.Equal(mapped, Routes.Pages(1).Select(r => r.ToString()).Order().ToList());
    }

    /// <summary>A tour whose page the matrix reads and whose correction form it posts.</summary>
    private async Task<long> Tour() =>
        (await server.Client("operations").Post("/api/tours",
            Http.Tour("G-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), to: null)))
        .Is(HttpStatusCode.Created).Json.GetProperty("position").GetInt64();
}
