using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>A stretch of days on which the ledger's tours broke the law, and which rule, and why.</summary>
public sealed record Violation(OperationId Operation, DateInterval Days, string Rule, string Cause);

/// <summary>
/// Re-checks all of history against the law as the record now states it: every day some tour covers
/// must be authorised (consent, legal acts, end date, revocation, ceiling), and every tour's task and
/// area must be the mandate's. Appends are checked already; the audit catches what the law changed since
/// (a revocation, a lapsed act, a corrected ceiling) and proves the rest.
/// </summary>
public static class Audit
{
    /// <param name="authoriser">The law as the record now states it.</param>
    /// <param name="state">The ledger to re-check.</param>
    /// <param name="only">One operation only, or all.</param>
    /// <param name="progress">Told the share of operations done, from 0 to 1.</param>
    public static IReadOnlyList<Violation> Run(Authoriser authoriser, LedgerState state, OperationId? only = null, Action<double>? progress = null)
    {
        var violations = new List<Violation>();
        var groups = state.Tours.GroupBy(t => t.Operation.Value.ToUpperInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var done = 0;
        foreach (var group in groups)
        {
            progress?.Invoke((double)done++ / groups.Count);
            var operation = authoriser.Record.FindOperation(group.Key);
            if (operation is null || only is { } o && !o.IsNamedBy(operation.Id.Value)) continue;
            var tours = group.OrderBy(t => t.From).ToList();
            var strength = state.StrengthOf(operation.Id);

            // Between two days where the law changes one decision holds, but for strength: judge each
            // such piece once against its highest strength, and look closer only where it fails.
            var lawChanges = Chain.ChangeDays(authoriser.Record, operation).Where(StrengthIndex.Covers).ToList();
            foreach (var piece in Cut(new DateInterval(tours[0].From, tours.Max(t => t.Until ?? StrengthIndex.LastDay)), lawChanges))
            {
                if (strength.MaxOver(piece) == 0) continue;
                if (Judge(authoriser, operation, tours, strength, piece).Authorised) continue;
                // Find the exact days: cut the piece where tours start and end, and judge each part.
                var tourChanges = tours.SelectMany(t => new[] { t.From, t.Until?.PlusDays(1) ?? StrengthIndex.LastDay })
                    .Where(d => d > piece.Start && d <= piece.End).Distinct().Order().ToList();
                foreach (var part in Cut(piece, tourChanges))
                {
                    if (strength.MaxOver(part) == 0) continue;
                    foreach (var refusal in Judge(authoriser, operation, tours, strength, part).Refusals)
                        Add(violations, new Violation(operation.Id, part, refusal.RuleId, refusal.Reason));
                }
            }

            // Each tour's task and area must be listed by every mandate governing its days.
            var pieces = Cut(new DateInterval(tours[0].From, StrengthIndex.LastDay), lawChanges)
                .Select(p => (Days: p, Mandate: Chain.Governing(operation, p.Start))).ToList();
            foreach (var tour in tours)
            {
                var end = tour.Until ?? StrengthIndex.LastDay;
                var governing = pieces.Where(p => p.Days.Start <= end && p.Days.End >= tour.From && p.Mandate is not null).Select(p => p.Mandate!).Distinct();
                if (governing.All(m => m.Tasks.Any(t => t.IsNamedBy(tour.Task)) && (tour.Area is null || m.Areas.Any(a => a.IsNamedBy(tour.Area)))))
                    continue;
                var period = new DateInterval(tour.From, end);
                var decision = authoriser.Authorise(new DeploymentRequest(operation.Id, period, 0) { Task = tour.Task, Area = tour.Area }, strength);
                foreach (var rule in new[] { Rulebook.Task, Rulebook.Area })
                    if (decision.For(rule).Outcome == Outcome.NotMet)
                        violations.Add(new Violation(operation.Id, period, rule.Id, $"{tour}: {decision.For(rule).Reason}"));
            }
        }
        return violations;
    }

    private static Decision Judge(Authoriser authoriser, Operation operation, List<Tour> tours, IStrength strength, DateInterval days)
    {
        // A tour that relies on a ceiling exception lets the excess be judged under that clause.
        var exception = tours.Where(t => t.Exception is not null && t.Overlaps(days.Start, days.End)).Select(t => t.Exception).FirstOrDefault();
        return authoriser.Authorise(new DeploymentRequest(operation.Id, days, 0) { Exception = exception }, strength);
    }

    /// <summary>The period cut before each of the given days that falls inside it.</summary>
    private static List<DateInterval> Cut(DateInterval period, IEnumerable<LocalDate> cuts)
    {
        var parts = new List<DateInterval>();
        var start = period.Start;
        foreach (var day in cuts.Where(d => d > period.Start && d <= period.End).Distinct().Order())
        {
            parts.Add(new DateInterval(start, day.PlusDays(-1)));
            start = day;
        }
        parts.Add(new DateInterval(start, period.End));
        return parts;
    }

    /// <summary>Joins a violation to the one before when it continues it (same operation and rule, next day).</summary>
    private static void Add(List<Violation> violations, Violation v)
    {
        var last = violations.LastOrDefault(x => x.Operation == v.Operation && x.Rule == v.Rule);
        if (last is not null && last.Days.End.PlusDays(1) == v.Days.Start)
            violations[violations.IndexOf(last)] = last with { Days = new DateInterval(last.Days.Start, v.Days.End) };
        else
            violations.Add(v);
    }
}
