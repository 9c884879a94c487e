namespace Mandates.Core.Access;

/// <summary>
/// A user who proved who they are with their token: the name every write of theirs is recorded under, and
/// the role that says what they may do (<see cref="Roles.May"/>).
/// </summary>
public sealed record SignedInUser(string Name, Role Role);
