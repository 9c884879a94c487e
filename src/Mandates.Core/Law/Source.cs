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
/// Where a block of facts gets its source: its own <c>source</c>, <c>verified</c> and <c>note</c>, each
/// optional. What a block does not say it takes from the block around it; so a block may keep the
/// enclosing document and only mark itself unverified. Kept apart so export writes back what the file said.
/// </summary>
public readonly record struct Provenance(string? Reference = null, bool? Verified = null, string? Note = null)
{
    public static readonly Provenance Inherited = default;

    public bool IsInherited => Reference is null && Verified is null && Note is null;

    /// <summary>The source in force for this block, given the enclosing block's.</summary>
    public Source Resolve(Source enclosing) => IsInherited
        ? enclosing
        : new Source(Reference ?? enclosing.Reference, Verified ?? (Reference is null ? enclosing.Verified : true), Note ?? (Reference is null ? enclosing.Note : null));
}
