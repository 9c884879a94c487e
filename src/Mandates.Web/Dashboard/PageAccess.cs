using System.Security.Claims;
using Mandates.Core.Access;
using Mandates.Core.UseCases;
using Mandates.Core.UseCases.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Mandates.Web.Dashboard;

/// <summary>
/// Who uses the pages: a cookie from the sign-in form (name and token, Core's <see cref="SignIn"/>). The cookie
/// (encrypted by ASP.NET's data protection) keeps the token, and every request signs it in again (a cached look-up),
/// so a user revoked or given another role is seen at once. One policy per <see cref="Act"/>, as the API's.
/// </summary>
internal static class PageAccess
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    private const string TokenClaim = "mandates:token";

    public static string Policy(Act act) => $"page:{act}";

    public static void Add(IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, cookie =>
        {
            cookie.LoginPath = "/signin";
            cookie.LogoutPath = "/signout";
            cookie.Cookie.Name = "mandates";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.Events.OnValidatePrincipal = Revalidate;
            // A page this role may not use: 403, not a redirect to a sign-in the user has done.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddOptions<AuthorizationOptions>().Configure<ServeOptions>((options, serve) =>
        {
            foreach (var act in Enum.GetValues<Act>())
            {
                var policy = new AuthorizationPolicyBuilder(Scheme);
                if (act == Act.Read && serve.AllowAnonymousReads) policy.RequireAssertion(_ => true);
                else policy.RequireAuthenticatedUser().RequireAssertion(c => May(c.User, act));
                options.AddPolicy(Policy(act), policy.Build());
            }
        });
    }

    /// <summary>Whether the signed-in user's role may do <paramref name="act"/>; nobody signed in may not.</summary>
    public static bool May(ClaimsPrincipal user, Act act) => user.Identity?.IsAuthenticated == true
        && user.FindFirst(ClaimTypes.Role)?.Value is { } word && Roles.Parse(word) is { } role && Roles.May(role, act);

    /// <summary>The cookie's principal for a user signed in with <paramref name="token"/>.</summary>
    public static ClaimsPrincipal Principal(SignedInUser user, string token) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, Roles.Word(user.Role)),
            new Claim(TokenClaim, token)], Scheme));

    /// <summary>Signs the name and token in through Core; null for an unknown, wrong or revoked one.</summary>
    public static SignedInUser? SignInUser(HttpContext http, string name, string token)
    {
        var serve = http.RequestServices.GetRequiredService<ServeOptions>();
        var caller = new Caller(serve.Clock, () => throw new InvalidOperationException("A sign-in writes nothing."));
        return http.RequestServices.GetRequiredService<SharedLedger>()
            .Read(caller, session => SignIn.Run(session, new SignInRequest(token, name))).User;
    }

    private static async Task Revalidate(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var token = principal?.FindFirst(TokenClaim)?.Value;
        var name = principal?.Identity?.Name;
        var user = token is null || name is null ? null : SignInUser(context.HttpContext, name, token);
        if (user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
        else if (Roles.Word(user.Role) != principal!.FindFirst(ClaimTypes.Role)?.Value)
        {
            context.ReplacePrincipal(Principal(user, token!));
            context.ShouldRenew = true;
        }
    }
}
