namespace Mandates.Core.Access;

/// <summary>
/// What a user of Mandates is there to do. Each role may read; beyond that each records only what its
/// office decides (see <see cref="Roles.May"/>): the ministry its tours, the Bundestag its decisions.
/// </summary>
public enum Role
{
    /// <summary>Reads everything, records nothing (a committee member, an auditor, the public portal).</summary>
    Viewer,

    /// <summary>The ministry's operations staff: deploys, ends and corrects tours.</summary>
    Operations,

    /// <summary>The Bundestag's clerks: motions, cabinet decisions, votes, objections, revocations.</summary>
    Parliament,

    /// <summary>Administers users, the legal acts' changes and imports of the record.</summary>
    Admin,
}
