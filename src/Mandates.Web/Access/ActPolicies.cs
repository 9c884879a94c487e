using Mandates.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace Mandates.Web.Access;

/// <summary>
/// One authorisation policy per <see cref="Act"/>: a signed-in user whose role <see cref="Roles.May"/> do it.
/// Deny by default: a route that names no act needs a signed-in user (the fallback policy). Reading needs none
/// when the server allows anonymous reads.
/// </summary>
internal static class ActPolicies
{
    public static string Name(Act act) => $"act:{act}";

    public static void Add(AuthorizationOptions options, bool anonymousReads)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder(BearerTokens.SchemeName).RequireAuthenticatedUser().Build();
        foreach (var act in Enum.GetValues<Act>())
        {
            var policy = new AuthorizationPolicyBuilder(BearerTokens.SchemeName);
            if (act == Act.Read && anonymousReads) policy.RequireAssertion(Anonymous);
            else policy.RequireAuthenticatedUser().RequireAssertion(context => May(context, act));
            options.AddPolicy(Name(act), policy.Build());
        }
    }

    /// <summary>Nobody signed in and nobody tried, or a user signed in: a token that signs nobody in is refused.</summary>
    private static bool Anonymous(AuthorizationHandlerContext context) =>
        context.User.Identity?.IsAuthenticated == true
        || context.Resource is HttpContext http && !http.Request.Headers.ContainsKey("Authorization");

    private static bool May(AuthorizationHandlerContext context, Act act) =>
        context.User.FindFirst(BearerTokens.RoleClaim)?.Value is { } word && Roles.Parse(word) is { } role
        && Roles.May(role, act);

    /// <summary>Lets only users who may do <paramref name="act"/> reach the endpoints.</summary>
    public static TBuilder Needs<TBuilder>(this TBuilder builder, Act act) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Name(act));
}
