using Mandates.Core.Law;
using Mandates.Core.Problems;
using Mandates.Core.Records;

namespace Mandates.Core.UseCases;

/// <summary>"How much does the record hold, and how much of it is confirmed by a source?"</summary>
public sealed record RecordStatsRequest;

/// <summary>How many values a part of the record states (see <see cref="RecordValues"/>), and how many are
/// verified.</summary>
public sealed record ValueCount(int Values, int Verified)
{
    /// <summary>The share of the values verified, from 0 to 1; null where there are no values to share.</summary>
    public double? Share => Values == 0 ? null : (double)Verified / Values;

    public static ValueCount Of(IEnumerable<Source> values)
    {
        int all = 0, verified = 0;
        foreach (var source in values)
        {
            all++;
            if (source.Verified) verified++;
        }
        return new ValueCount(all, verified);
    }

    public static ValueCount operator +(ValueCount a, ValueCount b) => new(a.Values + b.Values, a.Verified + b.Verified);
}

/// <summary>One operation's counts: its mandates, and the values of the operation and its mandates.</summary>
public sealed record OperationCount(Operation Operation, int Mandates, ValueCount Values);

/// <summary>The answer: the record's counts in all and per part.</summary>
/// <param name="Record">Which record was counted, in words ("the bundled record", "the record in 'DIR'").</param>
/// <param name="ByOperation">Each operation, in the record's order.</param>
/// <param name="LegalActs">The legal acts' values (their changes included).</param>
/// <param name="Calendar">The sitting calendar's values.</param>
public sealed record RecordStatsResult(string Record, IReadOnlyList<OperationCount> ByOperation, int LegalActCount,
    ValueCount LegalActs, int SittingWeeks, ValueCount Calendar)
{
    public int Operations => ByOperation.Count;
    public int Mandates => ByOperation.Sum(o => o.Mandates);

    /// <summary>Every value of the record: the operations', the legal acts' and the calendar's.</summary>
    public ValueCount All => ByOperation.Aggregate(LegalActs + Calendar, (sum, o) => sum + o.Values);
}

/// <summary>
/// Counts the record the law is read from (a record folder, the store's, or for a store not created yet the
/// bundled one, without creating the store): operations, mandates, values and the share verified.
/// </summary>
public static class RecordStats
{
    public static RecordStatsResult Run(Session session, RecordStatsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (files, named) = session.Law.Files();
        var loaded = RecordLoader.Load(files);
        if (loaded.Record is not { } record)
            throw new ProblemException(Problem.General(Problem.Join(
                $"{named} has {loaded.Errors.Count} problem{(loaded.Errors.Count == 1 ? "" : "s")}, ",
                $"so its values cannot be counted (`data check` lists them):",
                $"{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", loaded.Errors)}")));
        return new RecordStatsResult(named,
            [.. record.Operations.Select(o => new OperationCount(o, o.Mandates.Count, ValueCount.Of(RecordValues.Of(o))))],
            record.LegalActs.Count, ValueCount.Of(record.LegalActs.SelectMany(RecordValues.Of)),
            record.Calendar.Weeks.Count, ValueCount.Of(RecordValues.Of(record.Calendar)));
    }
}
