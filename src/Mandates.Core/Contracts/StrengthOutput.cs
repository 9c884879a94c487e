using Mandates.Core.Law;
using Mandates.Core.UseCases;
using NodaTime.Text;

namespace Mandates.Core.Contracts;

/// <summary>
/// <c>strength</c>'s answer: the strength per stretch of days against the ceiling, and whether the law lets
/// tours serve.
/// </summary>
/// <param name="OperationInRecord">Whether the record held the operation then (false: asked about before it
/// did).</param>
/// <param name="AsRecordedAt">The instant asked about; null for as known now.</param>
/// <param name="MaxStrength">The most that served on a day of the period.</param>
/// <param name="ByTask">The most deployed on a day for each task (by its key); null unless asked for.</param>
/// <param name="ReportedStrength">Figures sources reported of the soldiers actually deployed (not the ledger's
/// tours): the latest on or before <c>from</c>, and every one within the period, oldest first.</param>
public sealed record StrengthOutput(int SchemaVersion, string Operation, bool OperationInRecord, string From, string To,
    string? AsRecordedAt, int MaxStrength, IReadOnlyList<StretchOutput> Stretches,
    IReadOnlyDictionary<string, int>? ByTask, IReadOnlyList<ReportedStrengthOutput> ReportedStrength)
{
    public static StrengthOutput Of(StrengthResult result) => new(Contract.SchemaVersion, result.Operation.Id.Value,
        result.InRecord, Days.Format(result.Period.Start), Days.Format(result.Period.End),
        result.AsRecordedAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null, result.MaxStrength,
        [.. result.Stretches.Select(StretchOutput.Of)], result.ByTask,
        [.. result.Reported.Select(r => ReportedStrengthOutput.Of(result.Operation, r))]);
}

/// <param name="Ceiling">The governing mandate's ceiling; null where no mandate governs.</param>
/// <param name="Headroom">
/// Persons that may still be added (negative: over the ceiling; 0 where nobody may serve); null where no
/// mandate governs.
/// </param>
/// <param name="Mandate">The governing mandate; null where none does.</param>
/// <param name="AuthorisesTours">Whether the law lets tours serve on these days at this strength.</param>
/// <param name="UnderException">Over the ceiling but lawful: why (every tour above it within a clause); else
/// null.</param>
/// <param name="NotAuthorising">Why the law lets no tour serve, rule by rule; empty if it does.</param>
public sealed record StretchOutput(string From, string To, int Strength, int? Ceiling, int? Headroom, string? Mandate,
    bool AuthorisesTours, string? UnderException, IReadOnlyList<RefusalOutput> NotAuthorising)
{
    public static StretchOutput Of(StrengthStretch s) => new(Days.Format(s.Days.Start), Days.Format(s.Days.End),
        s.Strength, s.Ceiling, s.Headroom, s.Mandate?.Id.Value, s.Authorises, s.UnderException,
        [.. s.Refusals.Select(r => new RefusalOutput(r.Rule, r.Reason))]);
}

/// <param name="Rule">The rule's stable id (consent, legal-acts, end-date, not-revoked, ceiling).</param>
/// <param name="Reason">The sentence that says why.</param>
public sealed record RefusalOutput(string Rule, string Reason);
