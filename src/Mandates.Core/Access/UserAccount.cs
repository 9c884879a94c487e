using NodaTime;

namespace Mandates.Core.Access;

/// <summary>
/// A user as the ledger holds them: their name and role now, who added them and when, and who revoked them
/// and when (null while active). Never their token or its hash.
/// </summary>
/// <param name="Name">The name every write of theirs is recorded under.</param>
/// <param name="Role">The role now (the last change's, or the one added with).</param>
/// <param name="AddedAt">The ledger position that added them.</param>
/// <param name="AddedWhen">When that entry was recorded.</param>
/// <param name="AddedBy">Who recorded it.</param>
public sealed record UserAccount(string Name, Role Role, long AddedAt, Instant AddedWhen, string AddedBy)
{
    /// <summary>The ledger position that revoked the user; null while they are active.</summary>
    public long? RevokedAt { get; init; }

    /// <summary>When the revocation was recorded; null while active.</summary>
    public Instant? RevokedWhen { get; init; }

    /// <summary>Who recorded the revocation; null while active.</summary>
    public string? RevokedBy { get; init; }

    /// <summary>Whether the user may still sign in and write.</summary>
    public bool Active => RevokedAt is null;
}

/// <summary>
/// One change of who may write: a user added, their role changed, or revoked, at a ledger position.
/// </summary>
/// <param name="Position">The entry that made the change.</param>
/// <param name="Kind">The entry's type (<see cref="Ledger.UserEvents"/>).</param>
/// <param name="Name">The user changed.</param>
/// <param name="Role">Their role after the change (for a revocation, the role they had).</param>
/// <param name="Was">Their role before a role change; null otherwise.</param>
public sealed record UserChange(long Position, Instant RecordedAt, string RecordedBy, string Kind, string Name,
    Role Role, Role? Was);

/// <summary>
/// A write recorded by someone the store's law did not let make it then: once a store has users, every entry
/// must be recorded by an active user whose role may do its act.
/// </summary>
/// <param name="Position">The entry.</param>
/// <param name="Type">Its type.</param>
/// <param name="Act">The act it needed.</param>
/// <param name="Why">Why the recorder could not (not a user, revoked, or their role), in a sentence.</param>
public sealed record UnpermittedWrite(long Position, Instant RecordedAt, string RecordedBy, string Type, Act Act,
    string Why);
