namespace Mandates.Core.Ledger;

/// <summary>
/// The kinds of ledger entry about users, and their payloads. A user is added with a role and a token, may
/// have the role changed, and is revoked; each is an entry of its own, in the hash chain, so the ledger says
/// who could write what at every position. A payload holds a token's salted hash, never the token: the
/// token is a 256-bit random secret, so its hash gives away nothing anyone could sign in with.
/// </summary>
public static class UserEvents
{
    public const string Added = "user-added";
    public const string RoleChanged = "user-role-changed";
    public const string Revoked = "user-revoked";

    /// <summary>Every kind of entry about users.</summary>
    public static readonly IReadOnlyList<string> Types = [Added, RoleChanged, Revoked];

    /// <param name="Name">The user's name, as every write of theirs is recorded under.</param>
    /// <param name="Role">The role's word (<see cref="Access.Roles.Words"/>).</param>
    /// <param name="KeyId">The token's key id: the part of it that finds the user without the secret.</param>
    /// <param name="Salt">The salt of the token's hash, base64url.</param>
    /// <param name="TokenHash">SHA-256 of the salt and the token's secret, base64url.</param>
    public sealed record AddedPayload(string Name, string Role, string KeyId, string Salt, string TokenHash);

    public sealed record RoleChangedPayload(string Name, string Role, string Was);

    public sealed record RevokedPayload(string Name);
}
