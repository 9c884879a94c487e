using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"How many serve on this operation on these days, against its ceiling, and does the law let them?"</summary>
/// <param name="Operation">The operation's id as given (any case).</param>
/// <param name="Period">The days asked about, both ends included.</param>
/// <param name="ByTask">Also the most deployed on a day for each task over the period.</param>
/// <param name="AsRecordedAt">Answer as the ledger stood at this instant (its tours and its law); null for as
/// known now.</param>
public sealed record StrengthRequest(string Operation, DateInterval Period, bool ByTask = false,
    Instant? AsRecordedAt = null);

/// <summary>The strength per stretch of days, as known now or as recorded at an instant.</summary>
/// <param name="InRecord">Whether the record held the operation then (as recorded at an instant, it may not
/// have).</param>
/// <param name="ByTask">The most deployed on a day for each task, by task key; null unless asked for.</param>
public sealed record StrengthResult(Operation Operation, bool InRecord, DateInterval Period, Instant? AsRecordedAt,
    IReadOnlyList<StrengthStretch> Stretches, IReadOnlyDictionary<string, int>? ByTask)
{
    /// <summary>The most that served on a day of the period.</summary>
    public int MaxStrength => Stretches.Max(s => s.Strength);

    /// <summary>
    /// The figures sources reported of the soldiers actually deployed, beside the ledger's strength: the latest on
    /// or before the period's first day, and every one within the period, oldest first.
    /// </summary>
    public IReadOnlyList<ReportedStrength> Reported =>
    [
        .. Operation.ReportedStrength.Where(r => r.Date < Period.Start).TakeLast(1),
        .. Operation.ReportedStrength.Where(r => Period.Contains(r.Date)),
    ];
}

/// <summary>
/// Deployed strength against the ceiling per stretch of equal strength, and whether the law lets tours serve
/// on those days (if not, why, rule by rule); over the ceiling, lawful only where every tour above it relies
/// on an exception clause within its bounds, as the audit finds.
/// </summary>
public static class ReadStrength
{
    public static StrengthResult Run(Session session, StrengthRequest request)
    {
        var instant = request.AsRecordedAt is { } at ? session.AsRecordedAt(at, "asRecordedAt") : (Instant?)null;
        var op = Input.Operation(session.Law.Record(), request.Operation);
        // As recorded at an instant, the ceilings and mandates are those the law held then, too.
        var (state, law) = session.Known(instant);
        // Null if the operation was not in the record yet.
        var opThen = law.Record.FindOperation(op.Id.Value);
        // Over a ceiling with exception clauses, whether the tours above it are within their bounds is the
        // audit's to say, tour by tour: asked only then.
        var ceilingBroken = new Lazy<IReadOnlyList<Violation>>(() =>
            Audit.Run(law, state, op.Id).Where(v => v.Rule == Rulebook.Ceiling.Id).ToList());
        var stretches = opThen is null ? [StrengthStretches.NotYetRecorded(op, request.Period)]
            : StrengthStretches.Of(law, opThen, state.StrengthOf(op.Id), request.Period, ceilingBroken);
        var tasks = request.ByTask ? StrengthStretches.ByTask(state, op.Id, request.Period) : null;
        return new StrengthResult(op, opThen is not null, request.Period, instant, stretches, tasks);
    }
}
