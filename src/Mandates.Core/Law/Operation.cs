using NodaTime;

namespace Mandates.Core.Law;

/// <summary>
/// The government's undertaking to put an open-ended mandate to the Bundestag again at intervals (not a legal limit).
/// </summary>
public sealed record Resubmission(int Months, LocalDate Undertaken)
{
    public Provenance Provenance { get; init; }
}

/// <summary>
/// A deployment the Bundestag keeps consenting to, e.g. "participation of armed German forces in
/// KFOR": a lead organisation and a chain of mandates, oldest first. A later mandate replaces an
/// earlier one from the day its consent begins.
/// </summary>
public sealed record Operation
{
    public required OperationId Id { get; init; }
    public required string Name { get; init; }
    public required string Lead { get; init; }
    /// <summary>
    /// Other names users know the operation by and search for (its German name, a short form): the record's
    /// <c>names</c>, sourced by the operation's source. Empty where the file gives none.
    /// </summary>
    public ValueList<string> Names { get; init; } = ValueList<string>.Empty;
    public required Source Source { get; init; }
    public Resubmission? Resubmission { get; init; }
    public required ValueList<Mandate> Mandates { get; init; }
    /// <summary>Parts with chains of mandates of their own, running side by side; empty for one chain.</summary>
    public ValueList<Component> Components { get; init; } = ValueList<Component>.Empty;
    /// <summary>Deployments made without the Bundestag's consent and never approved, oldest first.</summary>
    public ValueList<DeploymentWithoutConsent> DeploymentsWithoutConsent { get; init; } =
        ValueList<DeploymentWithoutConsent>.Empty;
    /// <summary>Participation that needs no consent (unarmed observers), oldest first: no breach.</summary>
    public ValueList<ParticipationWithoutMandate> ParticipationWithoutMandate { get; init; } =
        ValueList<ParticipationWithoutMandate>.Empty;
    /// <summary>
    /// Figures of the soldiers actually deployed, as sources report them, oldest first; apart from the ledger.
    /// </summary>
    public ValueList<ReportedStrength> ReportedStrength { get; init; } = ValueList<ReportedStrength>.Empty;
}
