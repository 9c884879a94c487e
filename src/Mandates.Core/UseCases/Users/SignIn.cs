using Mandates.Core.Access;

namespace Mandates.Core.UseCases.Users;

/// <summary>"Who holds this token?"</summary>
/// <param name="Token">The token as <see cref="AddUser"/> gave it (a web API's bearer token).</param>
/// <param name="Name">
/// The name typed beside it (a sign-in form), which must be the token's user's (in any letter case); null where
/// only the token is given.
/// </param>
public sealed record SignInRequest(string Token, string? Name = null);

/// <summary>The user the token signs in; null for an unknown, wrong or revoked token, or a name not its user's.</summary>
public sealed record SignInResult(SignedInUser? User);

/// <summary>
/// Signs a user in by their token, on every request of the web: one hash (the token is a 256-bit random secret,
/// so no slow key derivation is needed) against the salted hash the ledger keeps, compared in constant time with
/// respect to the secret. The users come from a cache of the ledger's user entries (<see cref="SignInCache"/>),
/// caught up with the store on every call: a user added or revoked by another process or server is seen by the
/// next sign-in after it was committed. Never creates a store: one not created yet has no users.
/// </summary>
public static class SignIn
{
    public static SignInResult Run(Session session, SignInRequest request)
    {
        if (!ApiTokens.TryParse(request.Token, out var keyId, out var secret)) return new SignInResult(null);
        if (!session.Store.Exists()) return new SignInResult(null);
        var user = SignInCache.Users(session).SignIn(keyId, secret);
        if (user is null || request.Name is { } name
            && !string.Equals(name.Trim(), user.Name, StringComparison.OrdinalIgnoreCase))
            return new SignInResult(null);
        return new SignInResult(new SignedInUser(user.Name, user.Role));
    }
}
