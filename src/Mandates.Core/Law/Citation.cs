namespace Mandates.Core.Law;

/// <summary>
/// What a finding relied on: the act (e.g. "ParlBG", "UNSCR 1244", "Bundestag consent of 26 June 2025"),
/// the provision within it (e.g. "§ 4(1)"), the document number (e.g. "Drucksache 21/230") and a link.
/// </summary>
public sealed record Citation(string Act, string? Provision = null, string? Document = null, string? Url = null)
{
    /// <summary>
    /// The record's source for the fact cited, where no source seen confirms it: the citation names where
    /// the fact belongs (a mandate's ceiling stands in its Drucksache), and this says that it was not seen
    /// there, and why (a bound chosen for want of the text, say). Null where the fact is confirmed.
    /// </summary>
    public Source? Unverified { get; init; }

    /// <summary>This citation of a fact whose source in the record is <paramref name="source"/>: marked unverified unless that source confirms it.</summary>
    public Citation Of(Source source) => source.Verified ? this : this with { Unverified = source };

    public override string ToString() =>
        string.Join(", ", new[] { Act, Provision, Document, Url }.Where(s => !string.IsNullOrEmpty(s)))
        + (Unverified is { } s ? $" [unverified: the record's source is {s.Reference}{(s.Note is null ? "" : "; " + s.Note)}]" : "");
}
