using Mandates.Core.Law;
using Mandates.Core.UseCases;

namespace Mandates.Core.Contracts;

/// <summary>
/// <c>show</c>'s output: an operation on a day, the mandate in force, and its whole chain of mandates, oldest
/// first, every fact with its source.
/// </summary>
/// <param name="Date">The day asked about.</param>
/// <param name="InForce">The mandate in force that day; null where none is (none began, or the governing one
/// authorises nothing).</param>
/// <param name="Governing">The latest mandate whose consent began by the day, in force or not; null before
/// any.</param>
/// <param name="AuthorisesNothingBecause">Why the governing mandate lets nobody serve that day; empty where it is in
/// force.</param>
/// <param name="Chain">Every mandate of the operation, oldest first.</param>
/// <param name="Ceiling">The ceiling in force that day (a change within the mandate applied), with its source; null
/// where no mandate is in force; its persons null where the mandate in force sets no ceiling.</param>
/// <param name="ReportedStrength">The latest figure a source reported of the soldiers deployed, on or before the
/// day; null where the record holds none.</param>
/// <param name="WithoutConsent">The operation's deployments made without consent and never approved, oldest
/// first.</param>
/// <param name="WithoutMandate">The operation's participation that needs no consent (unarmed observers), oldest
/// first.</param>
public sealed record ShowOutput(int SchemaVersion, string Operation, string Name, string Lead, string Date,
    string? InForce, string? Governing, IReadOnlyList<string> AuthorisesNothingBecause,
    IReadOnlyList<MandateOutput> Chain, CeilingFact? Ceiling, ReportedStrengthOutput? ReportedStrength,
    IReadOnlyList<WithoutConsentOutput> WithoutConsent, IReadOnlyList<WithoutMandateOutput> WithoutMandate)
{
    public static ShowOutput Of(ShowResult shown) => new(Contract.SchemaVersion, shown.Operation.Id.Value,
        shown.Operation.Name, shown.Operation.Lead, Days.Format(shown.Day), shown.InForce?.Id.Value,
        shown.Governing?.Id.Value, shown.AuthorisesNothingBecause,
        [.. shown.Operation.Mandates.Select(m => MandateOutput.Of(shown.Record, m))],
        shown.Ceiling is { } c
            ? new CeilingFact(c.Persons, SourceOutput.Of(c.Provenance.Resolve(shown.InForce!.Source))) : null,
        shown.Reported is { } r ? ReportedStrengthOutput.Of(shown.Operation, r) : null,
        [.. shown.Operation.DeploymentsWithoutConsent.Select(d => WithoutConsentOutput.Of(shown.Operation, d))],
        [.. shown.Operation.ParticipationWithoutMandate.Select(WithoutMandateOutput.Of)]);
}
