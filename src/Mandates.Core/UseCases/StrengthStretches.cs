using System.Globalization;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>How <see cref="ReadStrength"/> cuts a period into <see cref="StrengthStretch"/>es and judges
/// each.</summary>
internal static class StrengthStretches
{
    /// <summary>
    /// The period cut where strength, the governing mandate or the law's answer changes. The law may change
    /// only on its change days, so it is asked once for each piece between them; neighbours it treats alike
    /// are joined, and the reasons are worded for the joined days. So the table never shows headroom on a
    /// day nobody may serve, and never splits where nothing it shows changes.
    /// </summary>
    public static List<StrengthStretch> Of(Authoriser law, Operation op, IStrength strength, DateInterval period,
        Lazy<IReadOnlyList<Violation>> ceilingBroken)
    {
        var cuts = new List<(DateInterval Days, int Strength, Mandate? Mandate)>();
        var changes = law.ChangeDays(op);
        var nextChange = 0;
        for (var i = 0; i < period.Length; i++)
        {
            var day = period.Start.PlusDays(i);
            // Step past the change days up to this day: the law may change today if one of them is today.
            var lawMayChange = false;
            for (; nextChange < changes.Count && changes[nextChange] <= day; nextChange++)
                lawMayChange |= changes[nextChange] == day;
            var s = strength.On(day);
            var mandate = Chain.Governing(op, day);
            if (cuts.Count > 0 && cuts[^1] is var last && !lawMayChange && last.Strength == s
                && last.Mandate == mandate)
                cuts[^1] = last with { Days = new DateInterval(last.Days.Start, day) };
            else
                cuts.Add((new DateInterval(day, day), s, mandate));
        }
        var joined = new List<(StrengthStretch Stretch, bool Joined)>();
        foreach (var (days, s, mandate) in cuts)
        {
            var stretch = Judged(law, op, days, s, mandate, ceilingBroken);
            if (joined.Count > 0 && joined[^1].Stretch is var last && last.Strength == s && last.Mandate == mandate
                && last.Ceiling == stretch.Ceiling
                && last.Refusals.Select(r => r.Rule).SequenceEqual(stretch.Refusals.Select(r => r.Rule))
                && (last.UnderException is null) == (stretch.UnderException is null))
                joined[^1] = (last with { Days = new DateInterval(last.Days.Start, days.End) }, true);
            else
                joined.Add((stretch, false));
        }
        // A joined stretch's reasons name the days they speak of: asked again for all its days.
        return joined.Select(j => j.Joined && (j.Stretch.Refusals.Count > 0 || j.Stretch.UnderException is not null)
            ? Judged(law, op, j.Stretch.Days, j.Stretch.Strength, j.Stretch.Mandate, ceilingBroken)
            : j.Stretch).ToList();
    }

    /// <summary>
    /// Days of one strength as the law sees them: why it lets no tour serve, by rule (none if it does). The
    /// ceiling is judged on the strength itself: over it, the tours serving are more than the mandate allows,
    /// unless every tour above it relies on an exception clause within its bounds, which the audit checks
    /// tour by tour (<paramref name="ceilingBroken"/>: where it found the ceiling broken).
    /// </summary>
    private static StrengthStretch Judged(Authoriser law, Operation op, DateInterval days, int strength,
        Mandate? mandate, Lazy<IReadOnlyList<Violation>> ceilingBroken)
    {
        var refusals = law.Authorise(new DeploymentRequest(op.Id, days, 0), ConstantStrength.None).Refusals
            .Where(f => f.Rule != Rulebook.Ceiling).Select(f => (f.RuleId, f.Reason)).ToList();
        // The days are cut where a ceiling changes: one ceiling holds on all of them.
        var ceiling = mandate?.CeilingOn(days.Start).Persons;
        // A mandate that sets no ceiling (null) is exceeded by no strength.
        if (mandate is null || ceiling is null || strength <= ceiling)
            return new StrengthStretch(days, strength, mandate, refusals);
        var over = $"{N(strength)} serving > {N(ceiling.Value)}, the ceiling of {mandate.Name}";
        if (mandate.CeilingExceptions.Count == 0)
            refusals.Add((Rulebook.Ceiling.Id, $"{over}, which provides no exception clause."));
        else if (ceilingBroken.Value.Any(v => v.Days.Start <= days.End && days.Start <= v.Days.End))
            refusals.Add((Rulebook.Ceiling.Id,
                $"{over}: tours above it that no exception clause covers within its bounds (`audit` lists them)."));
        else if (refusals.Count == 0)
            return new StrengthStretch(days, strength, mandate, refusals)
            {
                UnderException = $"{over}, but every tour above it relies on an exception clause within its bounds "
                    + "(as `audit` checks).",
            };
        return new StrengthStretch(days, strength, mandate, refusals);
    }

    /// <summary>Why nothing was authorised, as then known, for an operation the record did not hold yet.</summary>
    public static StrengthStretch NotYetRecorded(Operation op, DateInterval period) =>
        new(period, 0, null,
            [(Rulebook.Consent.Id, $"{op.Id} was not in the record yet, so no consent to it was recorded.")]);

    /// <summary>The most persons deployed for each task on any day of the period.</summary>
    public static SortedDictionary<string, int> ByTask(LedgerState state, OperationId op, DateInterval period)
    {
        var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var tours = state.ToursOf(op, period).ToList();
        foreach (var task in tours.Select(t => t.Task).Distinct())
            result[task] = Enumerable.Range(0, period.Length)
                .Max(i => tours.Count(t => t.Task == task && t.Covers(period.Start.PlusDays(i))));
        return result;
    }

    /// <summary>A number of persons as the ceiling is shown: 8,500.</summary>
    private static string N(int persons) => persons.ToString("N0", CultureInfo.InvariantCulture);
}
