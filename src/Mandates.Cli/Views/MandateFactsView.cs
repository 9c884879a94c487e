using System.Globalization;
using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Cli.Views;

/// <summary>A mandate's facts as `show` lists them: each § 3(2) field and decision, with its source.</summary>
internal static class MandateFactsView
{
    /// <summary>
    /// The rows of the facts table: a field's name and its value, marked where no source confirms it; a consent
    /// deemed given is said from the day it was (<paramref name="day"/> is the day asked about).
    /// </summary>
    public static IEnumerable<(string Field, string Value)> Facts(LegalRecord record, Mandate m, LocalDate day)
    {
        string S(Provenance p) => " — " + p.Resolve(m.Source);
        string V(Provenance p, string text) => Output.Marked(text, p.Resolve(m.Source));
        yield return ("procedure", m.Procedure switch
        {
            Procedure.Regular => "regular (§ 3 ParlBG)",
            Procedure.Simplified => "simplified (§ 4 ParlBG)",
            _ => "subsequent approval (§ 5 ParlBG)",
        } + (m.IsExtension ? ", extension (§ 7 ParlBG)" : ""));
        if (m.Cabinet is { } cabinet)
            yield return ("cabinet decision",
                V(cabinet.Provenance, Output.Date(cabinet.Date)) + S(cabinet.Provenance));
        if (m.Motion is { } motion)
            yield return ("motion", V(motion.Provenance, motion.Document +
                (motion.Distributed is { } d ? $", distributed {Output.Date(d)}" : "") +
                (motion.FirstReading is { } r ? $", first reading {Output.Date(r)}" : "") +
                (motion.Url is { } u ? $", {u}" : "")) + S(motion.Provenance));
        if (m.Committee is { } c)
            yield return ("committee", V(c.Provenance, $"{c.Committee} recommends to " +
                (c.Recommendation == VoteResult.Adopted ? "adopt" : "reject") +
                (c.Document is null ? "" : ", " + c.Document)) + S(c.Provenance));
        if (m.Objection is { } o)
            yield return ("debate demanded",
                V(o.Provenance, $"{Output.Date(o.Date)} by {o.By}" + Lateness(m)) + S(o.Provenance));
        if (m.Vote is { } vote)
            yield return ("plenary vote", V(vote.Provenance,
                $"{Output.Date(vote.Date)} {Word(vote.Result)}, {vote.Counts}" +
                (vote.RollCall ? ", roll-call" : "")) + S(vote.Provenance));
        else if (DeemedGiven(m) is { } deemed && m.ConsentGivenBy(day))
            yield return ("consent",
                $"deemed given on {Output.Date(deemed)}: no debate demanded within the 7 days of § 4(1) ParlBG");
        yield return ("start", m.Start is { } start
            ? V(start.Provenance, Output.Date(start.Date)) + S(start.Provenance)
            : $"when consent begins ({Output.Date(m.ConsentBegins)})");
        yield return ("end (no later than)", m.End is { } end
            ? V(end.Provenance, Output.Date(end.Date)) + S(end.Provenance)
            : "open-ended");
        // These have no source of their own: the mandate's confirms them, or does not.
        var own = Provenance.Inherited;
        if (m.PlannedDuration is not null) yield return ("planned duration", V(own, m.PlannedDuration));
        yield return ("lasts as long as", m.Requires.Count == 0 ? "—"
            : V(own, string.Join("; ", m.Requires.Select(id => Act(record.Act(id))))));
        yield return ("legal bases", V(own, string.Join("; ", m.LegalBases.Select(id => record.Act(id).Short))));
        if (m.Mission is not null) yield return ("mission", V(own, m.Mission));
        yield return ("ceiling", V(m.Ceiling.Provenance, Words(m.Ceiling)) + S(m.Ceiling.Provenance));
        // Later ceilings of the same decision; the one in force on the day is said apart.
        foreach (var change in m.CeilingChanges)
            yield return ($"ceiling from {Output.Date(change.From)}",
                V(change.Provenance, $"up to {new Ceiling(change.Persons)} soldiers"
                + (change.Until is { } until ? $" until {Output.Date(until)}, then the ceiling before it again" : ""))
                + S(change.Provenance));
        if (m.CeilingChanges.Count > 0 && m.CeilingOn(day) is var inForce)
            yield return ($"ceiling on {Output.Date(day)}", V(inForce.Provenance, Words(inForce))
                + S(inForce.Provenance));
        foreach (var e in m.CeilingExceptions)
            yield return ($"exception: {e.Kind.ToString().ToLowerInvariant()}", V(e.Provenance,
                $"up to {e.ExtraPersons} above the ceiling for at most {e.MaxDays} days" +
                (e.Wording is null ? "" : $" (\"{e.Wording}\")")) + S(e.Provenance));
        foreach (var t in m.Tasks) yield return ("task", V(t.Provenance, $"{t.Key}: {t.Title}"));
        foreach (var a in m.Areas) yield return ("area", V(a.Provenance, $"{a.Key}: {a.Title}"));
        foreach (var k in m.Capabilities) yield return ("capability", V(k.Provenance, $"{k.Key}: {k.Title}"));
        if (m.Costs is { } costs)
            yield return ("expected costs", V(costs.Provenance, string.Join(", ", new[]
            {
                costs.AmountEur is { } amount ? amount.ToString("N0", CultureInfo.InvariantCulture) + " EUR" : null,
                costs.Period, costs.Financing,
            }.Where(x => x is not null))) + S(costs.Provenance));
        if (m.AuthorisedOfficial is { } official)
            yield return ("authorised official", V(official.Provenance,
                official.Title + (official.Holder is null ? "" : $" ({official.Holder})")) + S(official.Provenance));
        if (m.Revocation is { } revocation)
            yield return ("revoked", V(revocation.Provenance,
                    $"decided {Output.Date(revocation.Decided)}, effective {Output.Date(revocation.Effective)}") +
                S(revocation.Provenance));
        yield return ("source", m.Source.ToString());
    }

    /// <summary>
    /// Said of a demand for debate made after the 7 days of § 4(1) ParlBG: it stops no deemed consent, so a
    /// reader must not take it for one that forced a plenary vote.
    /// </summary>
    private static string Lateness(Mandate m) =>
        m.Objection is not null && !m.HasTimelyObjection && m.ObjectionPeriodEnds is not null
            ? ": late (after the 7 days of § 4(1)), no effect"
            : "";

    /// <summary>The day consent is deemed given under § 4(1) ParlBG (the 8th after distribution); else null.</summary>
    public static LocalDate? DeemedGiven(Mandate m) =>
        m is { Procedure: Procedure.Simplified, Vote: null, HasTimelyObjection: false, ObjectionPeriodEnds: { } last }
            ? last.PlusDays(1) : null;

    /// <summary>A vote's result as the table says it: "adopted", "rejected".</summary>
    public static string Word(VoteResult result) => result.ToString().ToLowerInvariant();

    private static string Act(LegalAct act) => $"{act.Short} ({act.Title})";

    /// <summary>"up to 400 soldiers", or that the decision sets no ceiling (a fact its document states).</summary>
    private static string Words(Ceiling ceiling) =>
        ceiling.IsSet ? $"up to {ceiling} soldiers"
            : "none set (the mandate sets no ceiling on the number of soldiers)";
}
