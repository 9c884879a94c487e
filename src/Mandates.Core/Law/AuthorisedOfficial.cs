namespace Mandates.Core.Law;

/// <summary>The official the mandate empowers to deploy, e.g. the Federal Minister of Defence.</summary>
public sealed record AuthorisedOfficial(string Title)
{
    public string? Holder { get; init; }
    public Provenance Provenance { get; init; }
}
