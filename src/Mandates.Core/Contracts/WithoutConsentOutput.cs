using Mandates.Core.Law;

namespace Mandates.Core.Contracts;

/// <summary>
/// A deployment made without the Bundestag's consent and never approved, as the record holds it: a finding of
/// its own kind in <c>audit</c> (a fact of the record, not a tour of the ledger).
/// </summary>
/// <param name="Operation">The operation's id.</param>
/// <param name="From">The first day, YYYY-MM-DD.</param>
/// <param name="To">The last day, YYYY-MM-DD (inclusive).</param>
/// <param name="Persons">How many soldiers, where a source gives it; else null.</param>
/// <param name="Why">What happened: why no consent was sought or given.</param>
/// <param name="Ruling">The court's finding on it; null where there is none.</param>
/// <param name="Source">The source of these facts.</param>
public sealed record WithoutConsentOutput(string Operation, string From, string To, int? Persons, string Why,
    string? Ruling, SourceOutput Source)
{
    public static WithoutConsentOutput Of(Operation operation, DeploymentWithoutConsent d) =>
        new(operation.Id.Value, Days.Format(d.From), Days.Format(d.To), d.Persons, d.Why, d.Ruling,
            SourceOutput.Of(d.Provenance.Resolve(operation.Source)));
}
