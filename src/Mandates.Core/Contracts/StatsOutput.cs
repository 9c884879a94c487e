using Mandates.Core.UseCases;

namespace Mandates.Core.Contracts;

/// <summary><c>data stats</c>'s output: what the record holds and how much of it is verified.</summary>
/// <param name="Record">Which record was counted, in words.</param>
/// <param name="Values">Every value the record states (docs/record-format.md, "Counting values").</param>
/// <param name="VerifiedValues">Those no <c>verified: false</c> marks.</param>
/// <param name="Verified">The share verified, 0 to 1, rounded to four places; null for a record of no values.</param>
public sealed record StatsOutput(int SchemaVersion, string Record, int Operations, int Mandates, int LegalActs,
    int Values, int VerifiedValues, double? Verified, IReadOnlyList<OperationStatsOutput> ByOperation,
    ValueCountOutput LegalActValues, ValueCountOutput CalendarValues)
{
    public static StatsOutput Of(RecordStatsResult stats) => new(Contract.SchemaVersion, stats.Record,
        stats.Operations, stats.Mandates, stats.LegalActCount, stats.All.Values, stats.All.Verified,
        ValueCountOutput.Rounded(stats.All.Share),
        [.. stats.ByOperation.Select(o => new OperationStatsOutput(o.Operation.Id.Value, o.Operation.Name, o.Mandates,
            o.Values.Values, o.Values.Verified, ValueCountOutput.Rounded(o.Values.Share)))],
        ValueCountOutput.Of(stats.LegalActs), ValueCountOutput.Of(stats.Calendar));
}

/// <summary>One operation's counts: its mandates, and the values of the operation and its mandates.</summary>
public sealed record OperationStatsOutput(string Operation, string Name, int Mandates, int Values, int VerifiedValues,
    double? Verified);

/// <summary>The values of a part of the record that belongs to no operation (the legal acts, the sitting
/// calendar).</summary>
public sealed record ValueCountOutput(int Values, int VerifiedValues, double? Verified)
{
    public static ValueCountOutput Of(ValueCount count) => new(count.Values, count.Verified, Rounded(count.Share));

    public static double? Rounded(double? share) => share is { } s ? Math.Round(s, 4) : null;
}
