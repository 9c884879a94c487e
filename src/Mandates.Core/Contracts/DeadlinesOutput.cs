using Mandates.Core.Law;
using Mandates.Core.UseCases;

namespace Mandates.Core.Contracts;

/// <summary>The deadlines of the law between two days, for every operation or one.</summary>
/// <param name="SchemaVersion">See <see cref="Contract.SchemaVersion"/>.</param>
/// <param name="From">The first day asked about, YYYY-MM-DD.</param>
/// <param name="To">The last day asked about, inclusive; null for every deadline to come.</param>
/// <param name="Deadlines">Every deadline dated in the period, earliest first.</param>
/// <param name="Outstanding">Deadlines dated before the period on which the record's latest word still stands.</param>
public sealed record DeadlinesOutput(int SchemaVersion, string From, string? To,
    IReadOnlyList<OperationDeadlineOutput> Deadlines, IReadOnlyList<OperationDeadlineOutput> Outstanding)
{
    public static DeadlinesOutput Of(DeadlinesResult result) => new(Contract.SchemaVersion, Days.Format(result.From),
        result.To is { } to ? Days.Format(to) : null,
        [.. result.Deadlines.Select(OperationDeadlineOutput.Of)],
        [.. result.Outstanding.Select(OperationDeadlineOutput.Of)]);
}

/// <summary>A deadline and the operation it falls due for.</summary>
/// <param name="Operation">The operation's id.</param>
/// <param name="Deadline">The deadline.</param>
public sealed record OperationDeadlineOutput(string Operation, DeadlineOutput Deadline)
{
    public static OperationDeadlineOutput Of(OperationDeadline d) =>
        new(d.Operation.Value, DeadlineOutput.Of(d.Deadline));
}
