using Mandates.Core.Law;
using Mandates.Core.Rules;
using Mandates.Core.UseCases;

namespace Mandates.Core.Contracts;

/// <summary>An operation's status on a day in words, the same in every host's table and JSON.</summary>
public static class StatusWords
{
    /// <summary>
    /// "deployed without consent (… to …; never approved)" on a day of such a deployment, and for an
    /// operation that has only such deployments; "serving without a mandate (none required: …)" on a day of a
    /// participation that needs no consent; else "authorised"; "not yet begun (first consent on …)"; "ended on …: "
    /// and the rule's refusal; or, for a
    /// current mandate that bars the day, "not authorised: " and the first refusal.
    /// </summary>
    public static string Of(OperationStatus s)
    {
        // Soldiers deployed with no consent at all: said as such, not as a mandate not yet begun.
        if (s.WithoutConsent is { } w)
            return $"deployed without consent ({Days.Format(w.From)} to {Days.Format(w.To)}; never approved)";
        // Soldiers serving where no consent is needed (unarmed observers): neither authorised nor a breach.
        if (s.WithoutMandate is { } p) return $"serving without a mandate (none required: {p.Why})";
        if (s.Decision.Authorised) return "authorised";
        var refusal = s.Decision.Refusals.First().Rule.Refusal;
        return s.Standing switch
        {
            { Phase: Phase.NotYetBegun, FirstConsent: { } first } =>
                $"not yet begun (first consent on {Days.Format(first)})",
            { Phase: Phase.NotYetBegun } => "not yet begun (no consent yet)",
            { Phase: Phase.Ended, EndedOn: { } last } => $"ended on {Days.Format(last)}: {refusal}",
            _ => "not authorised: " + refusal,
        };
    }
}
