namespace Mandates.Core.Law;

/// <summary>
/// A part of an operation with a chain of mandates of its own (OEF's maritime and its special forces, say).
/// Mandates of one component replace one another; those of different components run side by side, and
/// the operation's ceiling on a day is the sum of the ceilings of the components in force.
/// </summary>
public sealed record Component(string Key, string Title)
{
    public Provenance Provenance { get; init; }
}
