using System.Net;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>`mandates serve --allow-anonymous-reads`: the read pages open to anyone, no form and no write.</summary>
public sealed class AnonymousPagesTests
{
    [Fact]
    public async Task Anonymous_reads_open_the_read_pages_but_no_form_and_no_write()
    {
        using var file = new SqliteFile();
        await using var server = await Server.Start(file.Path, anonymousReads: true);
        using var page = new PageClient(server.Address);
        Assert.Contains("KFOR", (await page.Get("/")).Is(HttpStatusCode.OK).Text);
        var operation = (await page.Get("/operations/KFOR")).Is(HttpStatusCode.OK);
        Assert.DoesNotContain("handler=Deploy", operation.Text);
        Assert.DoesNotContain("handler=Vote", operation.Text);
        var post = await page.Post("/operations/KFOR?handler=Deploy",
            new() { ["person"] = "P-9100", ["task"] = "reconnaissance", ["from"] = "2026-12-08" }, "/operations/KFOR");
        Assert.True(post.Status is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{post.Status}");
        Assert.DoesNotContain("P-9100", (await page.Get("/operations/KFOR")).Text);
    }
}
