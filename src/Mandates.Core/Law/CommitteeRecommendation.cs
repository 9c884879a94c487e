namespace Mandates.Core.Law;

/// <summary>The lead committee's recommendation (Beschlussempfehlung).</summary>
public sealed record CommitteeRecommendation(string Committee, VoteResult Recommendation)
{
    public string? Document { get; init; }
    public Provenance Provenance { get; init; }
}
