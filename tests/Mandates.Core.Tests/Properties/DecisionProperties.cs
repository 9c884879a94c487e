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
    private static Gen<Case> Cases => Gen.Elements(Records.Value).SelectMany(CasesOf);

    /// <summary>A request on one record, as <see cref="Cases"/>.</summary>
    private static Gen<Case> CasesOf(LegalRecord record) =>
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

    private static Decision? Decide(Case c) => Decide(new Authoriser(c.Record), c);

    private static Decision? Decide(Authoriser authoriser, Case c)
    {
        try { return authoriser.Authorise(c.Request, new ConstantStrength(c.Strength)); }
        catch (RuleConflictException) { return null; }
    }

    /// <summary>
    /// Other requests on the case's record: mostly on the same operation and first day, with another task,
    /// area, exception, number of persons, strength or last day (some of which the law an Authoriser
    /// remembers is keyed on, some not); else any request on the record.
    /// </summary>
    private static Gen<Case> Beside(Case c)
    {
        var mandates = c.Record.FindOperation(c.Request.Operation.Value)!.Mandates;
        var variation =
            from task in Gen.Elements(mandates.SelectMany(m => m.Tasks).Select(t => (string?)t.Key).Append(null).Append("no-such-task").Append(c.Request.Task).ToArray())
            from area in Gen.Elements(mandates.SelectMany(m => m.Areas).Select(a => (string?)a.Key).Append(null).Append(c.Request.Area).ToArray())
            from exception in Gen.Elements(null, (CeilingExceptionKind?)CeilingExceptionKind.Rotation, CeilingExceptionKind.Emergency, c.Request.Exception)
            from length in Gen.Choose(0, 40)
            from sameDays in Gen.Elements(true, false)
            from persons in Gen.Choose(0, 600)
            from strength in Gen.Choose(0, 500)
            let end = sameDays ? c.Request.Period.End : c.Request.Period.Start.PlusDays(length)
            select new Case(c.Record, new DeploymentRequest(c.Request.Operation, new DateInterval(c.Request.Period.Start, end), persons)
            {
                Task = task, Area = area, Exception = exception,
            }, strength);
        return Gen.Frequency((3, variation), (1, CasesOf(c.Record)));
    }

    /// <summary>
    /// One Authoriser answers as a fresh one does, whatever it was asked before and between: as the ledger
    /// keeps one for every request, with the law it remembers from earlier questions.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Decisions_are_deterministic() =>
        Prop.ForAll(Cases.SelectMany(c => Gen.Choose(1, 6).SelectMany(n => Beside(c).ArrayOf(2 * n)).Select(others => (Case: c, Others: others))).ToArbitrary(), t =>
        {
            var (c, others) = t;
            var expected = Decide(c);
            var shared = new Authoriser(c.Record);
            var half = others.Length / 2;
            foreach (var other in others[..half]) Decide(shared, other);
            var first = Decide(shared, c);
            foreach (var other in others[half..]) Decide(shared, other);
            var second = Decide(shared, c);
            return (Equals(expected, first) && Equals(expected, second))
                .Label($"asked after {string.Join("; ", others[..half])}, then after {string.Join("; ", others[half..])}");
        });

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
            if (decision is null || !decision.Authorised || decision.Headroom is not { } room || room <= 0) return true;
            // Adding exactly the headroom keeps within the ceiling; one more breaks it.
            var at = Decide(c with { Request = new DeploymentRequest(c.Request.Operation, c.Request.Period, room) })!;
            var over = Decide(c with { Request = new DeploymentRequest(c.Request.Operation, c.Request.Period, room + 1) })!;
            return at.For(Rulebook.Ceiling).Outcome == Outcome.Met && over.For(Rulebook.Ceiling).Outcome == Outcome.NotMet;
        });

    private static DeploymentRequest Single(DeploymentRequest request, LocalDate day) =>
        new(request.Operation, new DateInterval(day, day), request.Persons) { Task = request.Task, Area = request.Area, Exception = request.Exception };
}
