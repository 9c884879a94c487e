using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mandates.Core.Law;
using Mandates.Core.Rules;
using Mandates.Core.Tests.Scenarios;
using NodaTime;
using Outcome = Mandates.Core.Rules.Outcome;

namespace Mandates.Core.Tests.Properties;

/// <summary>
/// Invariants of the rules over the bundled record and every scenario situation (all procedures,
/// extensions, revocations, exception clauses): decisions are deterministic, and a period is
/// authorised only if every day in it is.
/// </summary>
public class DecisionProperties
{
    private static readonly Lazy<LegalRecord[]> Records = new(() =>
        ScenarioFiles.All().Select(s => s.Record).Append(BundledRecord.Load()).Distinct().ToArray());

    private sealed record Case(LegalRecord Record, DeploymentRequest Request, int Strength)
    {
        public override string ToString() =>
            $"{Request.Operation} {Request.Period} +{Request.Persons} (strength {Strength}, task {Request.Task}, area {Request.Area}, exception {Request.Exception})";
    }

    /// <summary>A request somewhere near the dates the record speaks of, often on its boundaries.</summary>
    private static Gen<Case> Cases =>
        from record in Gen.Elements(Records.Value)
        from operation in Gen.Elements(record.Operations.ToArray())
        let days = Chain.ChangeDays(record, operation).ToArray()
        from anchor in days.Length == 0 ? Gen.Constant(new LocalDate(2025, 1, 1)) : Gen.Elements(days)
        from offset in Gen.Choose(-3, 3)
        from length in Gen.Choose(0, 40)
        from persons in Gen.Choose(0, 600)
        from strength in Gen.Choose(0, 500)
        let mandates = operation.Mandates
        from task in Gen.Elements(mandates.SelectMany(m => m.Tasks).Select(t => (string?)t.Key).Append(null).Append("no-such-task").ToArray())
        from area in Gen.Elements(mandates.SelectMany(m => m.Areas).Select(a => (string?)a.Key).Append(null).ToArray())
        from exception in Gen.Elements(null, (CeilingExceptionKind?)CeilingExceptionKind.Rotation, CeilingExceptionKind.Emergency)
        let start = anchor.PlusDays(offset)
        select new Case(record, new DeploymentRequest(operation.Id, new DateInterval(start, start.PlusDays(length)), persons)
        {
            Task = task, Area = area, Exception = exception,
        }, strength);

    private static Decision? Decide(Case c)
    {
        try { return new Authoriser(c.Record).Authorise(c.Request, new ConstantStrength(c.Strength)); }
        catch (RuleConflictException) { return null; }
    }

    [Property(MaxTest = 300)]
    public Property Decisions_are_deterministic() =>
        Prop.ForAll(Cases.ToArbitrary(), c => Equals(Decide(c), Decide(c)));

    [Property(MaxTest = 300)]
    public Property A_period_is_authorised_only_if_every_day_in_it_is() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var period = Decide(c);
            if (period is null) return true;
            var days = Enumerable.Range(0, Period.DaysBetween(c.Request.Period.Start, c.Request.Period.End) + 1)
                .Select(i => Decide(c with { Request = Single(c.Request, c.Request.Period.Start.PlusDays(i)) }))
                .ToList();
            if (days.Any(d => d is null)) return false; // a conflict on one day must show in the period
            var everyDay = days.All(d => d!.Authorised);
            if (c.Request.Exception is not null)
                // An exception clause is bounded in consecutive days, which single days cannot see.
                return !period.Authorised || everyDay;
            // Without one, the period and its days agree both ways, rule by rule: a rule fails the
            // period exactly when it fails some day in it.
            return period.Authorised == everyDay && Rulebook.All.All(rule =>
                (period.For(rule).Outcome == Outcome.NotMet) == days.Any(d => d!.For(rule).Outcome == Outcome.NotMet));
        });

    [Property(MaxTest = 200)]
    public Property Headroom_is_what_may_still_be_added() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var decision = Decide(c with { Request = new DeploymentRequest(c.Request.Operation, c.Request.Period, 0) });
            if (decision is null || !decision.Authorised || decision.Headroom <= 0) return true;
            // Adding exactly the headroom keeps within the ceiling; one more breaks it.
            var at = Decide(c with { Request = new DeploymentRequest(c.Request.Operation, c.Request.Period, decision.Headroom) })!;
            var over = Decide(c with { Request = new DeploymentRequest(c.Request.Operation, c.Request.Period, decision.Headroom + 1) })!;
            return at.For(Rulebook.Ceiling).Outcome == Outcome.Met && over.For(Rulebook.Ceiling).Outcome == Outcome.NotMet;
        });

    private static DeploymentRequest Single(DeploymentRequest request, LocalDate day) =>
        new(request.Operation, new DateInterval(day, day), request.Persons) { Task = request.Task, Area = request.Area, Exception = request.Exception };
}
