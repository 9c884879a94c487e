using FsCheck;
using FsCheck.Fluent;
using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Tests.Properties;

/// <summary>Generators of whole records, valid by construction, for the round-trip property.</summary>
public static class RecordGenerators
{
    private static readonly LocalDate Epoch = new(1990, 1, 1);

    /// <summary>One value from each generator, in order.</summary>
    private static Gen<List<T>> All<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Constant(new List<T>()), (acc, gen) =>
            from list in acc
            from item in gen
            select new List<T>(list) { item });

    public static Gen<LocalDate> Day(int from = 0, int span = 15000) =>
        Gen.Choose(from, from + span).Select(n => Epoch.PlusDays(n));

    // Printable text including the characters YAML treats specially, so quoting is exercised.
    private static readonly char[] TextChars =
        "abcXYZ 0129-:#'\"\\{}[],&*!|>%@`?äöüß§€\t".ToCharArray();

    public static Gen<string> Text =>
        Gen.Elements(TextChars).ArrayOf().Select(cs => new string(cs)).Where(s => s.Trim().Length > 0);

    public static Gen<string?> OptionalText => Gen.OneOf(Gen.Constant<string?>(null), Text.Select(s => (string?)s));

    private static Gen<T?> Optional<T>(Gen<T> gen) where T : class =>
        Gen.OneOf(Gen.Constant<T?>(null), gen.Select(x => (T?)x));

    private static Gen<T?> OptionalValue<T>(Gen<T> gen) where T : struct =>
        Gen.OneOf(Gen.Constant<T?>(null), gen.Select(x => (T?)x));

    public static Gen<Source> Source =>
        from reference in Text
        from verified in Gen.Elements(true, false)
        from note in OptionalText
        select new Source(reference, verified, note);

    public static Gen<Provenance> Provenance =>
        from reference in OptionalText
        from verified in OptionalValue(Gen.Elements(true, false))
        from note in OptionalText
        select new Provenance(reference, verified, note);

    private static Gen<ValidityChange> Change(LocalDate after) =>
        from offset in Gen.Choose(0, 800)
        from terminated in Gen.Elements(true, false)
        from length in Gen.Choose(0, 800)
        from open in Gen.Elements(true, false)
        from document in OptionalText
        from provenance in Provenance
        let date = after.PlusDays(offset)
        select terminated
            ? new ValidityChange(date, ValidityChangeKind.Terminated, date.PlusDays(length)) { Document = document, Provenance = provenance }
            : new ValidityChange(date, ValidityChangeKind.Extended, open ? null : date.PlusDays(length)) { Document = document, Provenance = provenance };

    public static Gen<LegalAct> Act(string id) =>
        from kind in Gen.Elements(Enum.GetValues<LegalActKind>())
        from title in Text
        from @short in Text
        from adopted in Day()
        from delay in Gen.Choose(0, 30)
        from stated in Gen.Elements(true, false)
        from open in Gen.Elements(true, false)
        from length in Gen.Choose(0, 2000)
        let firstDay = stated ? adopted.PlusDays(delay) : adopted
        from count in Gen.Choose(0, 3)
        from changes in All(Enumerable.Range(0, count).Select(i => Change(firstDay.PlusDays(i * 900))))
        from source in Source
        from document in OptionalText
        from provision in OptionalText
        from url in OptionalText
        select new LegalAct(new LegalActId(id), kind, title, @short, adopted, firstDay, open ? null : firstDay.PlusDays(length),
            changes.OrderBy(c => c.Date).ToValueList(), source)
        { Document = document, Provision = provision, Url = url, InForceFromStated = stated };

    private static Gen<MandateElement> Element(int i) =>
        from title in Text
        from provenance in Provenance
        select new MandateElement($"key-{i}", title) { Provenance = provenance };

    private static Gen<ValueList<MandateElement>> Elements =>
        Gen.Choose(0, 3).SelectMany(n => All(Enumerable.Range(0, n).Select(Element))).Select(e => e.ToValueList());

    /// <summary>A day from <paramref name="from"/> to <paramref name="to"/> days after <paramref name="day"/>.</summary>
    private static Gen<LocalDate> After(LocalDate day, int from, int to) => Gen.Choose(from, to).Select(day.PlusDays);

    private static Gen<DatedFact> Dated(LocalDate near, int span = 400) =>
        from offset in Gen.Choose(0, span)
        from provenance in Provenance
        select new DatedFact(near.PlusDays(offset), provenance);

    /// <summary>A later ceiling from <paramref name="first"/>, temporary or not, ending before the next.</summary>
    private static Gen<CeilingChange> CeilingChange(LocalDate first) =>
        from persons in Gen.Choose(1, 10000)
        from until in OptionalValue(Gen.Choose(0, 40).Select(first.PlusDays))
        from provenance in Provenance
        select new CeilingChange(first, persons) { Until = until, Provenance = provenance };

    /// <summary>Figures of deployed soldiers, oldest first, one a day.</summary>
    private static Gen<ValueList<ReportedStrength>> ReportedStrengths =>
        from first in Day()
        from count in Gen.Choose(0, 3)
        from gaps in Gen.Choose(1, 400).ListOf(count)
        from persons in Gen.Choose(0, 20000).ListOf(count)
        from approximate in Gen.Elements(true, false).ListOf(count)
        from provenance in Provenance.ListOf(count)
        select gaps.Select((gap, i) => new ReportedStrength(first.PlusDays(gaps.Take(i + 1).Sum()), persons[i])
        {
            Approximate = approximate[i], Provenance = provenance[i],
        }).ToValueList();

    public static Gen<Mandate> Mandate(string id, IReadOnlyList<LegalActId> acts) =>
        from procedure in Gen.Elements(Enum.GetValues<Procedure>())
        from extension in Gen.Elements(true, false)
        from source in Source
        from note in OptionalText
        from day in Day()
        // The steps in the order the law takes them (Mandate.Contradictions): cabinet, distribution,
        // first reading and demand for debate, vote, revocation.
        from cabinet in Optional(Dated(day, 10))
        from motion in Optional(
            from document in Text
            from url in OptionalText
            from distributed in OptionalValue(After(day, 10, 20))
            from reading in OptionalValue(After(day, 20, 30))
            from provenance in Provenance
            select new Motion(document) { Url = url, Distributed = distributed, FirstReading = reading, Provenance = provenance })
        from distributed in After(day, 10, 20)
        from committee in Optional(
            from name in Text
            from recommendation in Gen.Elements(VoteResult.Adopted, VoteResult.Rejected)
            from document in OptionalText
            from provenance in Provenance
            select new CommitteeRecommendation(name, recommendation) { Document = document, Provenance = provenance })
        from objection in Optional(
            from date in After(day, 20, 35)
            from who in Text
            from provenance in Provenance
            select new Objection(date, who) { Provenance = provenance })
        from vote in Optional(
            from date in After(day, 30, 60)
            from stated in Gen.Elements(VoteResult.Adopted, VoteResult.Rejected)
            from counted in Gen.Elements(true, false)
            from yes in Gen.Choose(0, 700)
            // No more votes in all than members (PlenaryVote.MostMembers).
            from no in Gen.Choose(0, PlenaryVote.MostMembers - 100 - yes)
            from abstentions in Gen.Choose(0, 100)
            from rollCall in Gen.Elements(true, false)
            from provenance in Provenance
            // Counts decide the result: a majority of the votes cast, more yes than no.
            let result = !counted ? stated : yes > no ? VoteResult.Adopted : VoteResult.Rejected
            select new PlenaryVote(date, result)
            {
                Yes = counted ? yes : null, No = counted ? no : null, Abstentions = counted ? abstentions : null,
                RollCall = rollCall, Provenance = provenance,
            })
        from start in Dated(day)
        from hasStart in Gen.Elements(true, false)
        from end in Optional(Dated(day.PlusDays(400)))
        from planned in OptionalText
        from requires in Gen.SubListOf(acts.ToArray())
        from bases in Gen.SubListOf(acts.ToArray())
        from mission in OptionalText
        from ceiling in Gen.Choose(1, 10000)
        from ceilingProvenance in Provenance
        from changeCount in Gen.Choose(0, 3)
        from ceilingChanges in All(Enumerable.Range(0, changeCount)
            .Select(i => CeilingChange(day.PlusDays(100 + 60 * i))))
        from kinds in Gen.SubListOf(Enum.GetValues<CeilingExceptionKind>())
        from extra in Gen.Choose(1, 500)
        from maxDays in Gen.Choose(1, 60)
        from wording in OptionalText
        from tasks in Elements
        from capabilities in Elements
        from areas in Elements
        from costs in Optional(
            from amount in OptionalValue(Gen.Choose(0, 100_000_000).Select(n => (decimal)n / 100))
            from period in OptionalText
            from financing in OptionalText
            from provenance in Provenance
            where amount is not null || period is not null || financing is not null
            select new Costs { AmountEur = amount, Period = period, Financing = financing, Provenance = provenance })
        from official in Optional(
            from title in Text
            from holder in OptionalText
            from provenance in Provenance
            select new AuthorisedOfficial(title) { Holder = holder, Provenance = provenance })
        from revocation in Optional(
            from decided in After(day, 60, 400)
            from delay in Gen.Choose(0, 30)
            from stated in Gen.Elements(true, false)
            from document in OptionalText
            from provenance in Provenance
            select new Revocation(decided, stated ? decided.PlusDays(delay) : decided) { EffectiveStated = stated, Document = document, Provenance = provenance })
        // What the loader insists on: the simplified procedure needs a distribution date, § 5 a start
        // not after the distribution, an objection only under § 4, an end not before the start.
        let needsDistribution = procedure == Procedure.Simplified
        let theMotion = needsDistribution ? (motion ?? new Motion("Drucksache 1/1")) with { Distributed = motion?.Distributed ?? distributed } : motion
        let given = procedure == Procedure.SubsequentApproval || hasStart ? start : null
        // § 5: the deployment begins before the motion for approval is distributed.
        let theStart = procedure == Procedure.SubsequentApproval && given is not null && theMotion?.Distributed is { } sent && sent < given.Date ? given with { Date = sent } : given
        let theEnd = end is not null && theStart is not null && end.Date < theStart.Date ? end with { Date = theStart.Date } : end
        select new Mandate
        {
            Id = new MandateId(id), Procedure = procedure, IsExtension = extension, Source = source,
            Cabinet = cabinet, Motion = theMotion, Committee = committee,
            Objection = procedure == Procedure.Simplified ? objection : null,
            Vote = vote, Start = theStart, End = theEnd, PlannedDuration = planned,
            Requires = requires.ToValueList(), LegalBases = bases.ToValueList(), Mission = mission,
            Ceiling = new Ceiling(ceiling) { Provenance = ceilingProvenance },
            // A change after the mandate's last day sets no day's ceiling, and the loader refuses it.
            CeilingChanges = ceilingChanges.Where(c => theEnd is null || c.From <= theEnd.Date).ToValueList(),
            CeilingExceptions = kinds.Select(k => new CeilingException(k, extra, maxDays) { Wording = wording }).ToValueList(),
            Tasks = tasks, Capabilities = capabilities, Areas = areas, Costs = costs, AuthorisedOfficial = official, Revocation = revocation,
        } into m
        // Only consent given can be withdrawn.
        select m with { Revocation = m.ConsentBegins is null || m.Vote?.Result == VoteResult.Rejected || (m.Procedure == Procedure.SubsequentApproval && m.Vote is null) ? null : m.Revocation } into m
        // A motion is withdrawn before it is decided: no vote, no revocation, within § 4's seven days.
        from withdraw in Gen.Elements(true, false, false)
        from withdrawnAfter in Gen.Choose(0, 7)
        from withdrawnProvenance in Provenance
        select withdraw && m.Vote is null && m.Revocation is null
            ? m with
            {
                Withdrawn = new Withdrawal((m.Motion?.Distributed ?? m.Start?.Date ?? Epoch).PlusDays(withdrawnAfter))
                {
                    Provenance = withdrawnProvenance,
                },
            }
            : m;

    private static Gen<ValueList<Component>> Components =>
        from count in Gen.Elements(0, 0, 1, 2, 3)
        from titles in Text.ListOf(count)
        from provenance in Provenance.ListOf(count)
        select titles.Select((t, i) => new Component($"part-{i}", t) { Provenance = provenance[i] }).ToValueList();

    private static Gen<DeploymentWithoutConsent> WithoutConsent(LocalDate first) =>
        from length in Gen.Choose(0, 100)
        from persons in OptionalValue(Gen.Choose(1, 5000))
        from why in Text
        from ruling in OptionalText
        from provenance in Provenance
        select new DeploymentWithoutConsent(first, first.PlusDays(length), why)
        {
            Persons = persons, Ruling = ruling, Provenance = provenance,
        };

    private static Gen<ParticipationWithoutMandate> WithoutMandate(LocalDate first) =>
        from length in OptionalValue(Gen.Choose(0, 100))
        from persons in OptionalValue(Gen.Choose(1, 10))
        from why in Text
        from source in Source
        select new ParticipationWithoutMandate(first, length is { } l ? first.PlusDays(l) : null, why)
        {
            Persons = persons, Source = source,
        };

    public static Gen<Operation> Operation(string id, IReadOnlyList<LegalActId> acts) =>
        from name in Text
        from lead in Text
        from names in Text.Where(t => !t.Contains('\t')).ListOf()
        from source in Source
        from note in OptionalText
        from resubmission in Optional(
            from months in Gen.Choose(1, 24)
            from undertaken in Day()
            from provenance in Provenance
            select new Resubmission(months, undertaken) { Provenance = provenance })
        from unconsentedCount in Gen.Elements(0, 0, 1, 2)
        from unconsentedStart in Day()
        from unconsented in All(Enumerable.Range(0, unconsentedCount)
            .Select(i => WithoutConsent(unconsentedStart.PlusDays(200 * i))))
        // Only the last participation without a mandate may be open; each begins after the one before ended.
        from observersCount in Gen.Elements(0, 0, 0, 1, 2)
        from observersStart in Day()
        from observers in All(Enumerable.Range(0, observersCount)
            .Select(i => WithoutMandate(observersStart.PlusDays(200 * i))))
        // An operation never consented to has deployments without consent, or participation needing none, and no
        // mandates.
        from count in Gen.Choose(unconsentedCount + observersCount > 0 ? 0 : 1, 4)
        from mandates in All(Enumerable.Range(0, count).Select(i => Mandate($"{id}-{i}", acts)))
        from reported in ReportedStrengths
        from components in Components
        from parts in Gen.Choose(0, Math.Max(0, components.Count - 1)).ListOf(count)
        select new Operation
        {
            Id = new OperationId(id), Name = name, Lead = lead, Source = source, Resubmission = resubmission,
            Names = names.DistinctBy(Mandates.Core.Law.OperationSearch.Folded).ToValueList(),
            Mandates = mandates
                .Select((m, i) => components.Count == 0 ? m : m with { Component = components[parts[i]].Key })
                .ToValueList(),
            ReportedStrength = reported, Components = components, DeploymentsWithoutConsent = unconsented.ToValueList(),
            ParticipationWithoutMandate = observers
                .Select((p, i) => i < observers.Count - 1 && p.To is null
                    ? new ParticipationWithoutMandate(p.From, p.From, p.Why) { Persons = p.Persons, Source = p.Source }
                    : p)
                .ToValueList(),
        };

    private static Gen<SittingWeek> Week(LocalDate monday) =>
        from days in Gen.SubListOf(Enumerable.Range(0, 5).Select(monday.PlusDays).ToArray())
        from note in OptionalText
        from provenance in Provenance
        let sitting = days.Count == 0 ? [monday.PlusDays(2)] : days.Order().ToList()
        select new SittingWeek(monday, monday.PlusDays(4), sitting.ToValueList()) { Provenance = provenance };

    public static Gen<SittingCalendar> Calendar =>
        from first in Day(12000, 100)
        from count in Gen.Choose(0, 6)
        from weeks in All(Enumerable.Range(0, count).Select(i => Week(first.PlusDays(14 * i))))
        from source in Source
        select new SittingCalendar(source, weeks.ToValueList());

    public static Gen<LegalRecord> Record =>
        from actCount in Gen.Choose(1, 3)
        from acts in All(Enumerable.Range(0, actCount).Select(i => Act($"act-{i}")))
        let ids = acts.Select(a => a.Id).ToList()
        from operationCount in Gen.Choose(1, 2)
        from operations in All(Enumerable.Range(0, operationCount).Select(i => Operation($"OP{i}", ids)))
        from calendar in Calendar
        select new LegalRecord(acts.ToValueList(), operations.ToValueList(),
            calendar.Weeks.Count == 0 ? SittingCalendar.Empty : calendar);
}
