using System.Security.Claims;
using System.Text.Encodings.Web;
using Mandates.Core.Access;
using Mandates.Core.UseCases;
using Mandates.Core.UseCases.Users;
using Mandates.Web.Apis;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Mandates.Web.Access;

/// <summary>
/// Signs a request in by its bearer token (<c>Authorization: Bearer mdt_…</c>), as <c>mandates users add</c> gave it:
/// Core's <see cref="SignIn"/> says whose it is. No header: nobody signed in (401 where a user is needed). A token
/// that signs nobody in (unknown, wrong, revoked): 401 whatever the route. Refusals are problem details.
/// </summary>
internal sealed class BearerTokens(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, SharedLedger ledger, ServeOptions serve)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    /// <summary>The claim that holds the user's role word (<c>viewer</c>, <c>operations</c>, …).</summary>
    public const string RoleClaim = ClaimTypes.Role;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue("Authorization", out var header)) return Task.FromResult(AuthenticateResult.NoResult());
        var text = header.ToString();
        if (!text.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.Fail("expected Authorization: Bearer followed by a token."));
        var token = text["Bearer ".Length..].Trim();
        // Nobody is named yet: a sign-in writes nothing.
        var caller = new Caller(serve.Clock, () => throw new InvalidOperationException("A sign-in writes nothing."));
        var user = ledger.Read(caller, session => SignIn.Run(session, new SignInRequest(token))).User;
        if (user is null)
            return Task.FromResult(AuthenticateResult.Fail("the token signs nobody in: unknown, mistyped or revoked."));
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(RoleClaim, Roles.Word(user.Role))], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        await ApiProblem.Said("unauthenticated", "Sign-in needed", StatusCodes.Status401Unauthorized,
            failure is null
                ? "This needs a signed-in user: send Authorization: Bearer TOKEN, a token `mandates users add` gave."
                : $"Authorization: {failure.Message}").Result().ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblem.Said("forbidden", "Not allowed for this role", StatusCodes.Status403Forbidden,
            $"{Context.User.Identity?.Name} ({Context.User.FindFirst(RoleClaim)?.Value}) may not do this; "
            + "nothing was written.").Result().ExecuteAsync(Context);
}
