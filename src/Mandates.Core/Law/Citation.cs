namespace Mandates.Core.Law;

/// <summary>
/// What a finding relied on: the act (e.g. "ParlBG", "UNSCR 1244", "Bundestag consent of 26 June 2025"),
/// the provision within it (e.g. "§ 4(1)"), the document number (e.g. "Drucksache 21/230") and a link.
/// </summary>
public sealed record Citation(string Act, string? Provision = null, string? Document = null, string? Url = null)
{
    public override string ToString() =>
        string.Join(", ", new[] { Act, Provision, Document, Url }.Where(s => !string.IsNullOrEmpty(s)));
}
