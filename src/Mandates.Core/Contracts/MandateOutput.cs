using Mandates.Core.Law;
using Mandates.Core.Records;

namespace Mandates.Core.Contracts;

/// <summary>
/// One mandate of a chain: every fact the text table shows, each with the source that states it. Every mandate
/// has the same keys, null (or an empty list) for a fact not recorded, so a script reads any of them the same way.
/// Words are the record format's (<c>regular</c>, <c>adopted</c>, <c>adopt</c>, <c>transfer</c>).
/// </summary>
/// <param name="Start">Null: the mandate authorises from the day consent begins, which the law derives and no source
/// states.</param>
/// <param name="ConsentBegins">Derived by the law, so it has no source.</param>
/// <param name="End">Null: open-ended.</param>
/// <param name="Source">The default source of the facts above; each fact already carries the one in force for
/// it.</param>
public sealed record MandateOutput(string Id, string Procedure, bool Extension, DayFact? Cabinet, MotionFact? Motion,
    CommitteeFact? Committee, ObjectionFact? Objection, VoteFact? Vote, DayFact? Start, string? ConsentBegins,
    DayFact? End, TextFact? PlannedDuration, IReadOnlyList<ActFact> Requires, IReadOnlyList<ActFact> LegalBases,
    TextFact? Mission, CeilingFact Ceiling, IReadOnlyList<CeilingExceptionFact> CeilingExceptions,
    IReadOnlyList<ElementFact> Tasks, IReadOnlyList<ElementFact> Areas, IReadOnlyList<ElementFact> Capabilities,
    CostsFact? Costs, OfficialFact? AuthorisedOfficial, RevocationFact? Revocation, SourceOutput Source)
{
    public static MandateOutput Of(LegalRecord record, Mandate m)
    {
        SourceOutput S(Provenance p) => SourceOutput.Of(p.Resolve(m.Source));
        // The plain-text facts and the acts have no block of their own in the record: the mandate's source
        // states them.
        var own = S(Provenance.Inherited);
        ActFact Act(LegalActId id)
        {
            var act = record.Act(id);
            return new ActFact(act.Id.Value, act.Short, act.Title, own);
        }
        ElementFact Element(MandateElement e) => new(e.Key, e.Title, S(e.Provenance));
        return new MandateOutput(m.Id.Value, RecordLoader.Word(RecordLoader.Procedures, m.Procedure), m.IsExtension,
            m.Cabinet is { } c ? new DayFact(Days.Format(c.Date), S(c.Provenance)) : null,
            m.Motion is { } x
                ? new MotionFact(x.Document, x.Url, Day(x.Distributed), Day(x.FirstReading), S(x.Provenance)) : null,
            m.Committee is { } k
                ? new CommitteeFact(k.Committee, RecordLoader.Word(RecordLoader.Recommendations, k.Recommendation),
                k.Document, S(k.Provenance)) : null,
            m.Objection is { } o
                ? new ObjectionFact(Days.Format(o.Date), o.By, m.HasTimelyObjection, S(o.Provenance)) : null,
            m.Vote is { } v ? new VoteFact(Days.Format(v.Date), RecordLoader.Word(RecordLoader.VoteResults, v.Result),
                v.Yes, v.No, v.Abstentions, v.RollCall, S(v.Provenance)) : null,
            m.Start is { } s ? new DayFact(Days.Format(s.Date), S(s.Provenance)) : null,
            Day(m.ConsentBegins),
            m.End is { } e ? new DayFact(Days.Format(e.Date), S(e.Provenance)) : null,
            m.PlannedDuration is { } planned ? new TextFact(planned, own) : null,
            [.. m.Requires.Select(Act)], [.. m.LegalBases.Select(Act)],
            m.Mission is { } mission ? new TextFact(mission, own) : null,
            CeilingFact.Of(m),
            [.. m.CeilingExceptions.Select(x => new CeilingExceptionFact(CeilingExceptionWords.Of(x.Kind),
                x.ExtraPersons, x.MaxDays, x.Wording, S(x.Provenance)))],
            [.. m.Tasks.Select(Element)], [.. m.Areas.Select(Element)], [.. m.Capabilities.Select(Element)],
            m.Costs is { } costs
                ? new CostsFact(costs.AmountEur, costs.Period, costs.Financing, S(costs.Provenance)) : null,
            m.AuthorisedOfficial is { } a ? new OfficialFact(a.Title, a.Holder, S(a.Provenance)) : null,
            m.Revocation is { } r ? new RevocationFact(Days.Format(r.Decided), Days.Format(r.Effective), r.Document,
                S(r.Provenance)) : null,
            SourceOutput.Of(m.Source));
    }

    private static string? Day(NodaTime.LocalDate? day) => day is { } d ? Days.Format(d) : null;
}
