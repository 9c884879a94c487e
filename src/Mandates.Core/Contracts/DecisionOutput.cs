using Mandates.Core.Law;
using Mandates.Core.Rules;

namespace Mandates.Core.Contracts;

/// <summary>
/// The law's answer to a deployment request: <c>check</c>'s output, and a write the law refused
/// (<c>outcome</c> "refused"; null for a check).
/// </summary>
/// <param name="From">The first day asked about.</param>
/// <param name="To">The last day asked about (the same as <paramref name="From"/> for one day); null for an open-ended
/// tour.</param>
/// <param name="Persons">How many more were asked for.</param>
/// <param name="Headroom">Persons that may still be added on every day of the period, under the ceiling (negative:
/// already above it); null where no ceiling bounds them (the governing mandates set none).</param>
/// <param name="Mandates">The mandates that govern the days asked about.</param>
public sealed record DecisionOutput(int SchemaVersion, string? Outcome, string Operation, string From, string? To,
    int Persons, bool Authorised, int? Headroom, IReadOnlyList<string> Mandates, IReadOnlyList<FindingOutput> Findings)
{
    public static DecisionOutput Of(Decision decision, int persons, string? outcome = null, bool openEnded = false) =>
        new(
        Contract.SchemaVersion, outcome, decision.Operation.Value, Days.Format(decision.Period.Start),
        openEnded ? null : Days.Format(decision.Period.End), persons, decision.Authorised, decision.Headroom,
        [.. decision.Mandates.Select(m => m.Value)], [.. decision.Findings.Select(FindingOutput.Of)]);
}

/// <param name="Rule">The rule's stable id (consent, legal-acts, end-date, not-revoked, ceiling, task, area).</param>
/// <param name="Outcome"><c>met</c>, <c>not-met</c> or <c>not-applicable</c>.</param>
/// <param name="Reason">The sentence that quotes the values the rule compared.</param>
public sealed record FindingOutput(string Rule, string Title, string Outcome, string Reason,
    IReadOnlyList<CitationOutput> Citations)
{
    public static FindingOutput Of(Finding finding) => new(finding.RuleId, finding.Title, Word(finding.Outcome),
        finding.Reason, [.. finding.Citations.Select(CitationOutput.Of)]);

    public static string Word(Rules.Outcome outcome) => outcome switch
    {
        Rules.Outcome.Met => "met",
        Rules.Outcome.NotMet => "not-met",
        _ => "not-applicable",
    };
}

/// <param name="Verified">Whether the record's source confirms the fact cited.</param>
/// <param name="RecordSource">Where the record has an unconfirmed fact from; null when verified.</param>
/// <param name="Note">Why the fact is unconfirmed; null when verified or when the record gives no note.</param>
public sealed record CitationOutput(string Act, string? Provision, string? Document, string? Url, bool Verified,
    string? RecordSource, string? Note)
{
    public static CitationOutput Of(Citation c) => new(c.Act, c.Provision, c.Document, c.Url, c.Unverified is null,
        c.Unverified?.Reference, c.Unverified?.Note);
}
