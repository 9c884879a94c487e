namespace Mandates.Core.Law;

/// <summary>
/// A listed element of a mandate: a task, a capability or an area. Users name it by <see cref="Key"/>.
/// </summary>
public sealed record MandateElement(string Key, string Title)
{
    public Provenance Provenance { get; init; }

    /// <summary>Whether a user's word names this element: its key or its title, case ignored.</summary>
    public bool IsNamedBy(string text) =>
        string.Equals(Key, text, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(Title, text, StringComparison.OrdinalIgnoreCase);
}
