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
    public static IReadOnlyList<Violation> Run(Authoriser authoriser, LedgerState state, OperationId? only = null)
    {
        var violations = new List<Violation>();
        foreach (var group in state.Tours.GroupBy(t => t.Operation.Value.ToUpperInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var operation = authoriser.Record.FindOperation(group.Key);
            if (operation is null || only is { } o && !o.IsNamedBy(operation.Id.Value)) continue;
            var strength = state.StrengthOf(operation.Id);

            // Days where strength or the law changes; between two of them, one decision holds.
            var cuts = new SortedSet<LocalDate>(Chain.ChangeDays(authoriser.Record, operation).Where(StrengthIndex.Covers));
            foreach (var tour in group)
            {
                cuts.Add(tour.From);
                if (tour.Until is { } u && u < StrengthIndex.LastDay) cuts.Add(u.PlusDays(1));
            }
            var days = cuts.Where(d => d >= group.Min(t => t.From)).ToList();
            for (var i = 0; i < days.Count; i++)
            {
                var stretch = new DateInterval(days[i], i + 1 < days.Count ? days[i + 1].PlusDays(-1) : StrengthIndex.LastDay);
                if (strength.MaxOver(stretch) == 0) continue;
                var exception = group.Where(t => t.Exception is not null && t.Overlaps(stretch.Start, stretch.End)).Select(t => t.Exception).FirstOrDefault();
                var decision = authoriser.Authorise(new DeploymentRequest(operation.Id, stretch, 0) { Exception = exception }, strength);
                foreach (var refusal in decision.Refusals)
                    Add(violations, new Violation(operation.Id, stretch, refusal.RuleId, refusal.Reason));
            }
            foreach (var tour in group.OrderBy(t => t.StartedAt))
            {
                var period = new DateInterval(tour.From, tour.Until ?? StrengthIndex.LastDay);
                var decision = authoriser.Authorise(new DeploymentRequest(operation.Id, period, 0) { Task = tour.Task, Area = tour.Area }, strength);
                foreach (var rule in new[] { Rulebook.Task, Rulebook.Area })
                    if (decision.For(rule).Outcome == Outcome.NotMet)
                        violations.Add(new Violation(operation.Id, period, rule.Id, $"{tour}: {decision.For(rule).Reason}"));
            }
        }
        return violations;
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
