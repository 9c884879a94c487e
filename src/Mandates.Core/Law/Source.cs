namespace Mandates.Core.Law;

/// <summary>
/// The document a fact comes from: a link or a citation. <see cref="Verified"/> is false where no
/// source seen so far confirms the fact; <see cref="Note"/> then says what is uncertain.
/// </summary>
public sealed record Source
{
    public string Reference { get; }
    public bool Verified { get; }
    public string? Note { get; }

    public Source(string reference, bool verified = true, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(reference))
            throw new ArgumentException("A source needs a reference: a link or a citation.", nameof(reference));
        Reference = reference;
        Verified = verified;
        Note = note;
    }

    public override string ToString() => Verified ? Reference : $"{Reference} (unverified{(Note is null ? "" : ": " + Note)})";
}

/// <summary>
/// Where a block of facts gets its source: its own, or (when <see cref="Own"/> is null) the one of
/// the block around it. Kept apart so that export writes back exactly what the file said.
/// </summary>
public readonly record struct Provenance(Source? Own)
{
    public static readonly Provenance Inherited = new(null);

    /// <summary>The source in force for this block, given the enclosing block's.</summary>
    public Source Resolve(Source enclosing) => Own ?? enclosing;
}
