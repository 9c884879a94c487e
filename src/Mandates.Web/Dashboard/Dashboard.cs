using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Localization;

namespace Mandates.Web.Dashboard;

/// <summary>
/// The dashboard: server-rendered Razor Pages (Pages/) beside the API, signed in by a cookie (<see cref="PageAccess"/>),
/// in English or German. Razor Pages rather than Razor components: each page is a plain GET or a form POST with
/// anti-forgery built in, which is all a dashboard that works without JavaScript needs.
/// </summary>
internal static class Dashboard
{
    /// <summary>The languages of the pages; English first, the default.</summary>
    public static readonly CultureInfo[] Cultures = [new("en"), new("de")];

    public static void Add(WebApplicationBuilder builder, ServeOptions options)
    {
        builder.Services.AddLocalization();
        // German's umlauts as they are, not as character references.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/", PageAccess.Policy(Core.Access.Act.Read));
            pages.Conventions.AllowAnonymousToPage("/SignIn");
        }).AddViewLocalization();
        PageAccess.Add(builder.Services);
    }

    public static void Use(WebApplication app)
    {
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = Cultures, SupportedUICultures = Cultures,
            // The switch's cookie first, then the browser's languages.
            RequestCultureProviders = [new CookieRequestCultureProvider(), new CustomRequestCultureProvider(Browser)],
        });
    }

    /// <summary>
    /// The first of the browser's languages (by quality) that the pages speak, by its language alone ("de-AT" is
    /// German): the framework's own provider falls back through parent cultures, which invariant globalization lacks.
    /// </summary>
    private static Task<ProviderCultureResult?> Browser(HttpContext http)
    {
        var languages = http.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant());
        var chosen = languages.FirstOrDefault(l => Cultures.Any(c => c.Name == l));
        return Task.FromResult(chosen is null ? null : new ProviderCultureResult(chosen));
    }

    public static void Map(WebApplication app)
    {
        app.MapRazorPages();
        // The language switch: a link (no script, no form), remembered in a cookie; back to the page it came from.
        app.MapGet("/language/{culture}", (HttpContext http, string culture, string? back) =>
        {
            var chosen = Cultures.FirstOrDefault(c => c.Name == culture)?.Name ?? "en";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(back is { Length: > 0 } && back.StartsWith('/') && !back.StartsWith("//")
                ? back : "/");
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
