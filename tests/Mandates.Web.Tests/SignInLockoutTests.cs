using System.Net;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>The sign-in form's lockout, on a server of its own: it locks the test's address out too.</summary>
public sealed class SignInLockoutTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    [Fact]
    public async Task Repeated_failed_sign_ins_lock_the_name_out_even_with_the_right_token()
    {
        using var page = new PageClient(server.Address);
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await page.Post("/signin", new() { ["Name"] = "admin", ["Token"] = "mdt_wrong_token" })).Status);
        var locked = await page.Post("/signin", new() { ["Name"] = "admin", ["Token"] = server.Tokens["admin"] });
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.Status);
        Assert.Contains("Too many failed sign-ins", locked.Text);
    }
}
