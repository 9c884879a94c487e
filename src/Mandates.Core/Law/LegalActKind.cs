namespace Mandates.Core.Law;

/// <summary>The kinds of instrument a mandate can rest on (docs/architecture.md).</summary>
public enum LegalActKind
{
    UnSecurityCouncilResolution,
    NatoCouncilDecision,
    EuCouncilDecision,
    Agreement,
    ConstitutionalProvision,
    Statute,
}
