namespace Mandates.Core.Law;

/// <summary>The kinds of instrument a mandate can rest on (DESIGN.md §2).</summary>
public enum LegalActKind
{
    UnSecurityCouncilResolution,
    NatoCouncilDecision,
    EuCouncilDecision,
    Agreement,
    ConstitutionalProvision,
    Statute,
}
