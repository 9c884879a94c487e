using Mandates.Core.Law;

namespace Mandates.Core.Contracts;

/// <summary>
/// Participation that needs no consent of the Bundestag (unarmed observers), as the record holds it: no breach
/// and no authorisation of an armed deployment.
/// </summary>
/// <param name="From">The first day, YYYY-MM-DD.</param>
/// <param name="To">The last day, YYYY-MM-DD (inclusive); null while it lasts.</param>
/// <param name="Persons">How many soldiers at most, where a source gives it; else null.</param>
/// <param name="Why">Why no consent is needed, e.g. unarmed military observers.</param>
/// <param name="Source">The source of these facts.</param>
public sealed record WithoutMandateOutput(string From, string? To, int? Persons, string Why, SourceOutput Source)
{
    public static WithoutMandateOutput Of(ParticipationWithoutMandate p) =>
        new(Days.Format(p.From), p.To is { } to ? Days.Format(to) : null, p.Persons, p.Why, SourceOutput.Of(p.Source));
}
