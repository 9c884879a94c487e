using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// The dashboard as a browser without script meets it: cookies kept, redirects not followed, each form's
/// anti-forgery token taken from the page it is on.
/// </summary>
internal sealed partial class PageClient : IDisposable
{
    private readonly HttpClient client;

    public PageClient(Uri address, string? language = null)
    {
        client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = address,
        };
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
    }

    /// <summary>A page client signed in as <paramref name="user"/> (a user of <see cref="Server.Tokens"/>).</summary>
    public static async Task<PageClient> SignedIn(Server server, string user, string? language = null)
    {
        var page = new PageClient(server.Address, language);
        var answer = await page.Post("/signin", new() { ["Name"] = user, ["Token"] = server.Tokens[user] });
        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        return page;
    }

    public async Task<Answer> Get(string path) => await Answer.Of(await client.GetAsync(path));

    /// <summary>Posts a form as the page at <paramref name="path"/> (or <paramref name="from"/>) would, with its token.</summary>
    public async Task<Answer> Post(string path, Dictionary<string, string> fields, string? from = null)
    {
        var page = await Get(from ?? path.Split('?')[0]);
        fields["__RequestVerificationToken"] = Token().Match(page.Text).Groups[1].Value;
        return await Answer.Of(await client.PostAsync(path, new FormUrlEncodedContent(fields)));
    }

    /// <summary>Posts a form without its anti-forgery token, as a forged post from another site would.</summary>
    public async Task<Answer> Forge(string path, Dictionary<string, string> fields) =>
        await Answer.Of(await client.PostAsync(path, new FormUrlEncodedContent(fields)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public void Dispose() => client.Dispose();
}
