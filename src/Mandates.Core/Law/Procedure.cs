namespace Mandates.Core.Law;

/// <summary>The procedure by which the Bundestag consents (ParlBG §§ 3–5).</summary>
public enum Procedure
{
    /// <summary>§ 3: consent by plenary vote before the deployment.</summary>
    Regular,
    /// <summary>§ 4: consent deemed given unless a debate is demanded within 7 days of distribution.</summary>
    Simplified,
    /// <summary>§ 5: in imminent danger the deployment starts first; the Bundestag decides after.</summary>
    SubsequentApproval,
}
