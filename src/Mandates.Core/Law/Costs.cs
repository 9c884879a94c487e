namespace Mandates.Core.Law;

public sealed record Costs
{
    public decimal? AmountEur { get; init; }
    public string? Period { get; init; }
    public string? Financing { get; init; }
    public Provenance Provenance { get; init; }
}
