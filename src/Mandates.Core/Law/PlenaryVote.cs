using NodaTime;

namespace Mandates.Core.Law;

/// <summary>The plenary vote on the motion.</summary>
public sealed record PlenaryVote(LocalDate Date, VoteResult Result)
{
    /// <summary>
    /// More members than the Bundestag has ever had (736 after the 2021 election): no count, nor all
    /// three together, is larger.
    /// </summary>
    public const int MostMembers = 1_000;

    public int? Yes { get; init; }
    public int? No { get; init; }
    public int? Abstentions { get; init; }
    public bool RollCall { get; init; }
    public Provenance Provenance { get; init; }

    public string Counts =>
        Yes is null ? "counts not recorded" : $"{Yes} yes, {No} no, {Abstentions} abstentions";
}
