using System.Text.RegularExpressions;
using Mandates.Core.Dip;
using Mandates.Core.Law;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.UseCases;

/// <summary>
/// What DIP's facts change in a record: each motion and decision matched to the mandate whose Drucksache it
/// names, a distribution day or a vote the record lacks or holds otherwise taken from DIP (its document the
/// source, verified), and each changed mandate held to the law as <c>record</c> holds it.
/// </summary>
internal static partial class DipChanges
{
    /// <summary>The record with DIP's facts in it, and the facts changed; refuses a fact it cannot take.</summary>
    public static (LegalRecord Record, IReadOnlyList<DipChange> Changes) Make(LegalRecord record, DipRead read)
    {
        var changes = new List<DipChange>();
        // Every motion DIP names is one the record holds, whether or not DIP gives its distribution.
        foreach (var motion in read.Motions) Motion(record, motion.Number, motion.NumberAt);
        var distributed = One(read.Motions.Where(m => m.Distributed is not null),
            m => Motion(record, m.Number, m.NumberAt), m => m.Distributed, m => m.DistributedAt);
        var votes = One(read.Decisions, d => Decided(record, d).Mandate,
            d => (d.Date, Decided(record, d).Result, d.Yes, d.No, d.Abstentions, d.RollCall), d => d.Where);
        foreach (var mandate in distributed.Keys.Union(votes.Keys).ToList())
        {
            var before = record.FindMandate(mandate.Value)!;
            var after = before;
            var fields = new Dictionary<string, string>();
            if (distributed.TryGetValue(mandate, out var motion) && before.Motion!.Distributed != motion.Distributed)
            {
                after = after with { Motion = Distributed(before, motion) };
                fields["motion.distributed"] = motion.DistributedAt;
                changes.Add(new(mandate.Value, "motion.distributed",
                    before.Motion.Distributed is { } held ? Day(held) : null, Day(motion.Distributed!.Value),
                    motion.Source, motion.DistributedAt));
            }
            if (votes.TryGetValue(mandate, out var decision) && Vote(record, decision) is var vote
                && !Holds(before.Vote, vote))
            {
                after = after with { Vote = vote };
                fields["vote.date"] = decision.DateAt;
                fields["vote.result"] = decision.Where;
                changes.Add(new(mandate.Value, "vote", before.Vote is { } held ? Said(held) : null, Said(vote),
                    decision.Source, decision.Where));
            }
            if (after == before) continue;
            var lawful = RecordDecision.Lawful(after, fields);
            record = RecordChanges.WithMandate(record, mandate, _ => lawful);
        }
        return (record, changes);
    }

    /// <summary>
    /// The one fact DIP gives for each mandate (<paramref name="fact"/>); two different facts for one mandate
    /// (two files, two steps) are refused, naming both.
    /// </summary>
    private static Dictionary<MandateId, T> One<T, TFact>(IEnumerable<T> given, Func<T, Mandate> mandate,
        Func<T, TFact> fact, Func<T, string> where) where T : class
    {
        var one = new Dictionary<MandateId, T>();
        foreach (var item in given)
        {
            var m = mandate(item);
            if (!one.TryGetValue(m.Id, out var first)) one[m.Id] = item;
            else if (!Equals(fact(first), fact(item)))
                throw new ProblemException(Saying(where(item), null, Join(
                    $"gives {m.Name} another {(item is DipMotion ? "distribution day" : "decision")} than ",
                    $"{where(first)}; expected one fact for a mandate: ",
                    $"leave out the file or document that is wrong.")));
        }
        return one;
    }

    /// <summary>The mandate whose motion is the Drucksache <paramref name="number"/>.</summary>
    private static Mandate Motion(LegalRecord record, string number, string where) =>
        record.Mandates.FirstOrDefault(m => Number(m.Document) == number)
            ?? throw NotHeld(record, number, where, "a motion");

    /// <summary>
    /// The mandate a decision decides, and whether it consents: one on the motion itself, or one on the committee's
    /// recommendation on it (accepting a recommendation to reject rejects the motion).
    /// </summary>
    private static (Mandate Mandate, VoteResult Result) Decided(LegalRecord record, DipDecision decision)
    {
        if (record.Mandates.FirstOrDefault(m => Number(m.Document) == decision.Number) is { } moved)
            return (moved, DipRead.Result(decision.Accepted));
        if (record.Mandates.FirstOrDefault(m => m.Committee is { } c && Number(c.Document) == decision.Number)
            is { Committee: { } committee } recommended)
        {
            var recommendsAdopting = committee.Recommendation == VoteResult.Adopted;
            return (recommended, DipRead.Result(decision.Accepted == recommendsAdopting));
        }
        throw NotHeld(record, decision.Number, decision.NumberAt, "a decision for a motion");
    }

    private static PlenaryVote Vote(LegalRecord record, DipDecision d) =>
        new(d.Date, Decided(record, d).Result)
        {
            Yes = d.Yes, No = d.No, Abstentions = d.Abstentions, RollCall = d.RollCall ?? false,
            Provenance = new Provenance(d.Source, true),
        };

    /// <summary>
    /// The record holds DIP's vote already: the same day and result, and the counts and the way of voting where
    /// DIP gives them (a remark without counts says nothing against the record's).
    /// </summary>
    private static bool Holds(PlenaryVote? held, PlenaryVote dip) =>
        held is { } v && v.Date == dip.Date && v.Result == dip.Result
        && (dip.Yes is null || (v.Yes, v.No, v.Abstentions) == (dip.Yes, dip.No, dip.Abstentions))
        && (!dip.RollCall || v.RollCall);

    /// <summary>
    /// The motion with DIP's distribution day. The motion's facts share one source: where the record holds more
    /// of them than DIP gives (a first reading, a link), the block cites both, and keeps its own confirmation.
    /// </summary>
    private static Motion Distributed(Mandate mandate, DipMotion dip)
    {
        var motion = mandate.Motion!;
        var held = motion.Provenance.Resolve(mandate.Source);
        var provenance = motion is { FirstReading: null, Url: null } ? new Provenance(dip.Source, true)
            : new Provenance($"{dip.Source} ; {held.Reference}", held.Verified, held.Note);
        return motion with { Distributed = dip.Distributed, Provenance = provenance };
    }

    /// <summary>A Drucksache no mandate of the record moves: DIP cannot be matched to the record.</summary>
    private static ProblemException NotHeld(LegalRecord record, string number, string where, string what)
    {
        var known = record.Mandates.Select(m => Number(m.Document)).OfType<string>().LastOrDefault() ?? "21/230";
        return new(Saying(where, number, Join($"'{number}': {what} the record does not hold (no mandate's motion ",
            $"is Drucksache {number}); expected the Drucksache of a mandate in the record, e.g. {known}, ",
            $"or the motion recorded first. Nothing was written.")));
    }

    /// <summary>The number of a Drucksache as the record cites it ("Drucksache 21/230", "BT-Drs. 21/230").</summary>
    private static string? Number(string? document) =>
        document is not null && Cited().Match(document) is { Success: true } m ? m.Groups[1].Value : null;

    private static string Said(PlenaryVote vote) =>
        $"{RecordLoader.Word(RecordLoader.VoteResults, vote.Result)} on {Day(vote.Date)}, {vote.Counts}"
        + (vote.RollCall ? ", roll-call" : "");

    private static string Day(NodaTime.LocalDate day) => Days.Format(day);

    [GeneratedRegex(@"(\d{1,2}/\d{1,6})\s*$")]
    private static partial Regex Cited();
}
