namespace Mandates.Core.Rules;

/// <summary>The kinds of <see cref="Deadline"/>, as the JSON contracts spell them.</summary>
public static class DeadlineKinds
{
    /// <summary>A mandate's "no later than" day (§ 3(2) ParlBG: the motion states its duration).</summary>
    public const string MandateEnds = "mandate-ends";

    /// <summary>The last day in force of a legal act a mandate lasts as long as.</summary>
    public const string LegalActEnds = "legal-act-ends";

    /// <summary>The last day a deployment counts as approved while its extension is pending (§ 7(2) ParlBG).</summary>
    public const string ExtensionCountsAsApproved = "extension-counts-as-approved";

    /// <summary>The last day a debate on a simplified motion may be demanded (§ 4(1) ParlBG).</summary>
    public const string ObjectionPeriodEnds = "objection-period-ends";

    /// <summary>The day consent already given (by a vote, or deemed) begins: the law changes then.</summary>
    public const string ConsentBegins = "consent-begins";

    /// <summary>The day a revocation takes effect (§ 8 ParlBG).</summary>
    public const string RevocationTakesEffect = "revocation-takes-effect";

    /// <summary>A resubmission the government undertook to make, still to come.</summary>
    public const string ResubmissionDue = "resubmission-due";

    /// <summary>A resubmission whose day passed with no motion put, as far as the record knows.</summary>
    public const string ResubmissionOverdue = "resubmission-overdue";

    /// <summary>A resubmission put as a motion that awaits the Bundestag's decision.</summary>
    public const string ResubmissionPut = "resubmission-put";

    /// <summary>A resubmission the Bundestag rejected: the governing mandate stands.</summary>
    public const string ResubmissionRejected = "resubmission-rejected";
}
