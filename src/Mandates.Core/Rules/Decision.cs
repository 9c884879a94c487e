using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Rules;

public enum Outcome { Met, NotMet, NotApplicable }

/// <summary>
/// What one rule found on some days: its outcome, what it says of them (a sentence quoting the values it
/// compared, written for the days last: <see cref="Reason"/>), and the law it relied on.
/// </summary>
public sealed record Finding(
    Rule Rule, Outcome Outcome, DateInterval Days, Saying Saying, ValueList<Citation> Citations)
{
    /// <summary>The sentence, written for <see cref="Days"/>.</summary>
    public string Reason => Saying.Write(Days);

    public string RuleId => Rule.Id;
    public string Title => Rule.Title;

    /// <summary>Whether this finding lets nobody serve on its days, however many serve: a rule that bars everyone (<see cref="Rule.BarsEveryone"/>), not met.</summary>
    public bool LetsNobodyServe => Rule.BarsEveryone && Outcome == Outcome.NotMet;
}

/// <summary>
/// The answer to "may this deployment go ahead?": authorised or not, the headroom, and one finding per
/// rule in the order of docs/architecture.md. A refusal is a normal answer, never an exception.
/// </summary>
/// <param name="Headroom">Persons that may still be added on every day (negative: above the ceiling already; 0
/// where nobody may serve); null where no ceiling bounds them (the mandates governing the days set none).</param>
public sealed record Decision(
    OperationId Operation,
    DateInterval Period,
    bool Authorised,
    int? Headroom,
    ValueList<MandateId> Mandates,
    ValueList<Finding> Findings)
{
    /// <summary>Whether the law lets nobody serve on some of the days, however many serve: consent, a legal basis, the end date or a revocation refuses (the headroom is then 0 at most).</summary>
    public bool LetsNobodyServe => Findings.Any(f => f.LetsNobodyServe);

    /// <summary>The findings that refused the request; empty when authorised.</summary>
    public IEnumerable<Finding> Refusals => Findings.Where(f => f.Outcome == Outcome.NotMet);

    public Finding For(Rule rule) => Findings.Single(f => f.Rule == rule);
}
