using Mandates.Core.Access;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases.Users;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Core.Contracts;

/// <summary>
/// A user added: <c>users add --json</c>. The token is shown here once and never again: the ledger keeps only
/// its salted hash, and no output ever shows that.
/// </summary>
/// <param name="User">The user's name.</param>
/// <param name="Role">Their role's word.</param>
/// <param name="Token">The token they sign in with (<c>mdt_KEYID_SECRET</c>).</param>
/// <param name="Position">The ledger entry that added them.</param>
public sealed record UserAddedOutput(int SchemaVersion, string User, string Role, string Token, long Position,
    string RecordedBy, string RecordedAt)
{
    public static UserAddedOutput Of(AddUserResult result) => new(Contract.SchemaVersion, result.Name,
        Roles.Word(result.Role), result.Token, result.Entry.Position, result.Entry.RecordedBy,
        UserOutput.Instant(result.Entry.RecordedAt));
}

/// <summary>A user's role changed or the user revoked: <c>users role --json</c>, <c>users revoke --json</c>.</summary>
/// <param name="Change"><c>user-role-changed</c> or <c>user-revoked</c>.</param>
/// <param name="Role">The role after a change; for a revocation, the role the user had.</param>
/// <param name="Was">The role before a change; null for a revocation.</param>
public sealed record UserChangedOutput(int SchemaVersion, string Change, string User, string Role, string? Was,
    long Position, string RecordedBy, string RecordedAt)
{
    public static UserChangedOutput Of(ChangeUserRoleResult result) =>
        Of(result.Entry, result.Name, result.Role, result.Was);

    public static UserChangedOutput Of(RevokeUserResult result) => Of(result.Entry, result.Name, result.Role, null);

    private static UserChangedOutput Of(LedgerEvent e, string name, Role role, Role? was) => new(Contract.SchemaVersion,
        e.Type, name, Roles.Word(role), was is { } w ? Roles.Word(w) : null, e.Position, e.RecordedBy,
        UserOutput.Instant(e.RecordedAt));
}

/// <summary>The store's users: <c>users list --json</c>. Never a token or its hash.</summary>
/// <param name="Store">The store, as messages name it.</param>
/// <param name="Open">Whether anyone may write (no user was ever added); once one was, only active users may.</param>
/// <param name="Users">Every user ever added, oldest first.</param>
/// <param name="Changes">Every addition, change of role and revocation, oldest first: who could write when.</param>
public sealed record UsersOutput(int SchemaVersion, string Store, bool Open, IReadOnlyList<UserOutput> Users,
    IReadOnlyList<UserChangeOutput> Changes)
{
    public static UsersOutput Of(ListUsersResult result) => new(Contract.SchemaVersion, result.Store, !result.Closed,
        [.. result.Users.Select(UserOutput.Of)], [.. result.Changes.Select(UserChangeOutput.Of)]);
}

/// <summary>One user: name, role, whether active, and who added and revoked them, when and at which position.</summary>
public sealed record UserOutput(string Name, string Role, bool Active, long AddedAt, string AddedWhen, string AddedBy,
    long? RevokedAt, string? RevokedWhen, string? RevokedBy)
{
    public static UserOutput Of(UserAccount a) => new(a.Name, Roles.Word(a.Role), a.Active, a.AddedAt,
        Instant(a.AddedWhen), a.AddedBy, a.RevokedAt, a.RevokedWhen is { } w ? Instant(w) : null, a.RevokedBy);

    /// <summary>An instant as every output writes it (UTC, ISO 8601).</summary>
    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}

/// <summary>One change of who may write (see <see cref="UserChange"/>).</summary>
public sealed record UserChangeOutput(long Position, string RecordedAt, string RecordedBy, string Change, string User,
    string Role, string? Was)
{
    public static UserChangeOutput Of(UserChange c) => new(c.Position, UserOutput.Instant(c.RecordedAt), c.RecordedBy,
        c.Kind, c.Name, Roles.Word(c.Role), c.Was is { } w ? Roles.Word(w) : null);
}

/// <summary>
/// An entry recorded by someone the store's users did not allow then (see <see cref="UnpermittedWrite"/>).
/// </summary>
/// <param name="Act">
/// What the entry needed: read, record-tours, record-decisions, change-legal-acts, import, manage-users.
/// </param>
public sealed record UnpermittedWriteOutput(long Position, string RecordedAt, string RecordedBy, string Type,
    string Act, string Why)
{
    public static UnpermittedWriteOutput Of(UnpermittedWrite u) => new(u.Position, UserOutput.Instant(u.RecordedAt),
        u.RecordedBy, u.Type, ActWord(u.Act), u.Why);

    /// <summary>An act as the outputs write it: <c>record-tours</c>.</summary>
    public static string ActWord(Access.Act act) => act switch
    {
        Access.Act.Read => "read",
        Access.Act.RecordTours => "record-tours",
        Access.Act.RecordDecisions => "record-decisions",
        Access.Act.ChangeLegalActs => "change-legal-acts",
        Access.Act.Import => "import",
        Access.Act.ManageUsers => "manage-users",
        _ => throw new ArgumentOutOfRangeException(nameof(act), act, "An act no output names."),
    };
}
