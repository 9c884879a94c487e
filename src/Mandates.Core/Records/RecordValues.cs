using Mandates.Core.Law;

namespace Mandates.Core.Records;

/// <summary>
/// The values a record states, each with the source in force for it. A value is one leaf fact the record
/// states and a source backs: a day, a number, a document's reference, a word from a closed list (a
/// procedure, a vote's result), a text (a name, a mission, a committee), one listed element (a task, a
/// capability or an area: its key and its wording together), one legal act a mandate names, one sitting
/// day. Not values: ids (the record's own names for things), and <c>source</c>, <c>verified</c> and
/// <c>note</c> themselves (they speak about the values). A yes-or-no flag that says no (<c>extension</c>,
/// <c>roll-call</c>) is the default a file leaves out, and is counted only where it says yes; <c>end</c>
/// counts where it says <c>open</c>, as the motion states it. A value is verified unless the block that holds
/// it, or the block it inherits its source from, says <c>verified: false</c> (docs/record-format.md).
/// </summary>
public static class RecordValues
{
    /// <summary>The source of each value of the operation and its mandates, one per value.</summary>
    public static IEnumerable<Source> Of(Operation operation)
    {
        var source = operation.Source;
        yield return source; // name
        yield return source; // lead
        foreach (var _ in operation.Names) yield return source;
        if (operation.Resubmission is { } r)
        {
            var s = r.Provenance.Resolve(source);
            yield return s; // months
            yield return s; // undertaken
        }
        foreach (var mandate in operation.Mandates)
            foreach (var value in Of(mandate))
                yield return value;
    }

    /// <summary>The source of each value of one mandate, one per value.</summary>
    public static IEnumerable<Source> Of(Mandate m)
    {
        var source = m.Source;
        IEnumerable<Source> Times(Provenance provenance, int count) =>
            Enumerable.Repeat(provenance.Resolve(source), count);
        int Count(params object?[] values) => values.Count(v => v is not null && v is not false);

        var values = new List<Source> { source }; // procedure
        if (m.IsExtension) values.Add(source);
        if (m.Cabinet is { } cabinet) values.AddRange(Times(cabinet.Provenance, 1));
        if (m.Motion is { } motion)
            values.AddRange(Times(motion.Provenance, Count(motion.Document, motion.Url, motion.Distributed,
                motion.FirstReading)));
        if (m.Committee is { } committee)
            values.AddRange(Times(committee.Provenance, Count(committee.Committee, committee.Document, "result")));
        if (m.Objection is { } objection) values.AddRange(Times(objection.Provenance, 2));
        if (m.Vote is { } vote)
            values.AddRange(Times(vote.Provenance, Count(vote.Date, "result", vote.Yes, vote.No, vote.Abstentions,
                vote.RollCall)));
        if (m.Start is { } start) values.AddRange(Times(start.Provenance, 1));
        values.AddRange(Times(m.End?.Provenance ?? default, 1));
        if (m.PlannedDuration is not null) values.Add(source);
        values.AddRange(Enumerable.Repeat(source, m.Requires.Count + m.LegalBases.Count));
        if (m.Mission is not null) values.Add(source);
        values.AddRange(Times(m.Ceiling.Provenance, 1));
        foreach (var e in m.CeilingExceptions) values.AddRange(Times(e.Provenance, Count("kind", "extra", "days", e.Wording)));
        foreach (var element in m.Tasks.Concat(m.Capabilities).Concat(m.Areas))
            values.AddRange(Times(element.Provenance, 1));
        if (m.Costs is { } costs)
            values.AddRange(Times(costs.Provenance, Count(costs.AmountEur, costs.Period, costs.Financing)));
        if (m.AuthorisedOfficial is { } official)
            values.AddRange(Times(official.Provenance, Count(official.Title, official.Holder)));
        if (m.Revocation is { } revocation)
            values.AddRange(Times(revocation.Provenance,
                Count(revocation.Decided, revocation.EffectiveStated, revocation.Document)));
        return values;
    }

    /// <summary>The source of each value of one legal act (its changes included), one per value.</summary>
    public static IEnumerable<Source> Of(LegalAct act)
    {
        var source = act.Source;
        // kind, title, short, adopted and until (a day or open) always; the rest where stated.
        var count = 5 + new object?[] { act.Document, act.Provision, act.Url }.Count(v => v is not null)
            + (act.InForceFromStated ? 1 : 0);
        foreach (var value in Enumerable.Repeat(source, count)) yield return value;
        foreach (var change in act.Changes)
        {
            var s = change.Provenance.Resolve(source);
            // date, change, until (a day or open), document where stated
            for (var i = 0; i < 3 + (change.Document is null ? 0 : 1); i++) yield return s;
        }
    }

    /// <summary>The source of each value of the sitting calendar: each week's first and last day, each sitting
    /// day.</summary>
    public static IEnumerable<Source> Of(SittingCalendar calendar) =>
        calendar.Weeks.SelectMany(w => Enumerable.Repeat(w.Provenance.Resolve(calendar.Source), 2 + w.SittingDays.Count));
}
