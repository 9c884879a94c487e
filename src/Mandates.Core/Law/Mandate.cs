using NodaTime;

namespace Mandates.Core.Law;

/// <summary>
/// One Bundestag mandate: consent to one government motion, with every field § 3(2) ParlBG asks a
/// motion to state (mission and tasks, area, legal bases, ceiling, capabilities, planned duration,
/// costs), the decision history (cabinet, motion, committee, vote) and how it ends.
/// </summary>
public sealed record Mandate
{
    public required MandateId Id { get; init; }
    public required Procedure Procedure { get; init; }
    /// <summary>Whether the motion extends the previous mandate of the operation (§ 7 ParlBG).</summary>
    public bool IsExtension { get; init; }
    /// <summary>The default source of every fact of this mandate.</summary>
    public required Source Source { get; init; }
    public DatedFact? Cabinet { get; init; }
    /// <summary>The government motion, where its printed paper is known.</summary>
    public Motion? Motion { get; init; }
    public CommitteeRecommendation? Committee { get; init; }
    public Objection? Objection { get; init; }
    public PlenaryVote? Vote { get; init; }
    /// <summary>The first day the mandate authorises, if the motion names one; else the day consent begins.</summary>
    public DatedFact? Start { get; init; }
    /// <summary>"No later than": the last day the mandate authorises (inclusive); null for open-ended.</summary>
    public DatedFact? End { get; init; }
    public string? PlannedDuration { get; init; }
    /// <summary>The legal acts the mandate lasts "as long as": it ends the day after any of them ends.</summary>
    public ValueList<LegalActId> Requires { get; init; } = ValueList<LegalActId>.Empty;
    /// <summary>Every legal basis the motion names (a superset of <see cref="Requires"/>).</summary>
    public ValueList<LegalActId> LegalBases { get; init; } = ValueList<LegalActId>.Empty;
    public string? Mission { get; init; }
    public required Ceiling Ceiling { get; init; }
    /// <summary>
    /// Later ceilings the same decision set (a temporary raise, a scheduled reduction), oldest first: each
    /// from its day until the next change or the mandate's end; a temporary one until its own last day.
    /// </summary>
    public ValueList<CeilingChange> CeilingChanges { get; init; } = ValueList<CeilingChange>.Empty;
    public ValueList<CeilingException> CeilingExceptions { get; init; } = ValueList<CeilingException>.Empty;
    public ValueList<MandateElement> Tasks { get; init; } = ValueList<MandateElement>.Empty;
    public ValueList<MandateElement> Capabilities { get; init; } = ValueList<MandateElement>.Empty;
    public ValueList<MandateElement> Areas { get; init; } = ValueList<MandateElement>.Empty;
    public Costs? Costs { get; init; }
    public AuthorisedOfficial? AuthorisedOfficial { get; init; }
    public Revocation? Revocation { get; init; }
    /// <summary>The government withdrew the motion before the Bundestag decided it: it authorises no day.</summary>
    public Withdrawal? Withdrawn { get; init; }
    /// <summary>
    /// The key of the operation's <see cref="Law.Component"/> this mandate belongs to, or null in an operation
    /// without components. It replaces only earlier mandates of its component.
    /// </summary>
    public string? Component { get; init; }

    /// <summary>The last day of the § 4 objection period: the 7th day after distribution.</summary>
    public LocalDate? ObjectionPeriodEnds => Motion?.Distributed?.PlusDays(7);

    /// <summary>Whether a debate was demanded in time to stop deemed consent (by the 7th day after distribution).</summary>
    public bool HasTimelyObjection =>
        Objection is not null && ObjectionPeriodEnds is { } last && Objection.Date <= last;

    /// <summary>
    /// The first day this mandate's consent holds, or null if it never began (no adopted vote yet,
    /// the objection period still open, or a rejected motion). For § 5 it is the day the deployment began.
    /// </summary>
    public LocalDate? ConsentBegins
    {
        get
        {
            // A withdrawn motion was never decided: there is no consent to begin.
            if (Withdrawn is not null) return null;
            LocalDate? begins = Procedure switch
            {
                Procedure.SubsequentApproval => Start?.Date ?? Vote?.Date,
                Procedure.Simplified when !HasTimelyObjection && Motion?.Distributed is { } d => d.PlusDays(8),
                _ => Vote is { Result: VoteResult.Adopted } v ? v.Date : null,
            };
            if (begins is null) return null;
            return Start is { } s && s.Date > begins ? s.Date : begins;
        }
    }

    /// <summary>
    /// Whether the Bundestag has given its consent by the day: by an adopted vote, or deemed once the days for
    /// a demand for debate passed without one (§ 4(1) ParlBG). The consent may begin later (a later start).
    /// </summary>
    public bool ConsentGivenBy(LocalDate day) => Withdrawn is null
        && (Vote is { Result: VoteResult.Adopted } v && v.Date <= day
            || Procedure == Procedure.Simplified && Vote is null && !HasTimelyObjection
                && ObjectionPeriodEnds is { } last && last < day);

    /// <summary>The words by which findings name the mandate, e.g. "KFOR-2025 (Drucksache 21/230)".</summary>
    public string Name => Motion is null ? Id.Value : $"{Id} ({Motion.Document})";

    /// <summary>The motion's document number, if known.</summary>
    public string? Document => Motion?.Document;

    /// <summary>The day the motion was distributed, if known.</summary>
    public LocalDate? Distributed => Motion?.Distributed;

    /// <summary>
    /// The ceiling in force on the day: the latest of <see cref="CeilingChanges"/> begun by then and not
    /// ended (a temporary one ends after its <c>Until</c>, and the one before resumes), else <see cref="Ceiling"/>.
    /// A change's ceiling carries the change's own provenance.
    /// </summary>
    public Ceiling CeilingOn(LocalDate day)
    {
        var ceiling = Ceiling;
        foreach (var change in CeilingChanges)
        {
            if (change.From > day) break;
            if (change.Until is { } last && last < day) continue;
            ceiling = new Ceiling(change.Persons) { Provenance = change.Provenance };
        }
        return ceiling;
    }

    public CeilingException? FindException(CeilingExceptionKind kind) => CeilingExceptions.FirstOrDefault(e => e.Kind == kind);

    /// <summary>
    /// The facts of this mandate the law does not allow together: what its procedure needs (§ 4 a
    /// distribution date, § 5 a start), a period that ends before it starts, steps out of the order
    /// the procedure takes them (cabinet decision, distribution, first reading, vote; a demand for debate
    /// after distribution; a revocation after consent; an end after distribution), and a result its
    /// counts contradict. Empty for a mandate that holds together.
    /// </summary>
    /// <remarks>
    /// The order of steps is checked only between days that are known and not marked
    /// <c>verified: false</c>: an unconfirmed day is an estimate (the bundled record infers some from
    /// press reports), and a record may hold an estimate without contradicting itself.
    /// </remarks>
    public IReadOnlyList<Contradiction> Contradictions()
    {
        var found = new List<Contradiction>();
        if (Procedure == Procedure.Simplified && Motion?.Distributed is null)
            found.Add(new("motion.distributed", null, "the distribution date: the simplified procedure (§ 4 ParlBG) counts 7 days from it"));
        if (Procedure == Procedure.SubsequentApproval && Start is null)
            found.Add(new("start", null, "the day the deployment began: under § 5 ParlBG it starts before consent"));
        if (Objection is not null && Procedure != Procedure.Simplified)
            found.Add(new("objection", null, $"no demand for debate: one is made only on a motion under the simplified procedure (§ 4 ParlBG), and {Id} is not one"));
        // Whatever its sources say, the period itself must exist.
        if (Start is { } s && End is { } e && e.Date < s.Date)
            found.Add(new("end", Days.Format(e.Date), $"a day on or after the start ({Days.Format(s.Date)})"));

        // The steps of a motion in the order the procedure takes them: each known step on or after the one before.
        Step? previous = null;
        foreach (var step in new[]
        {
            Known("cabinet", "the cabinet decision", Cabinet?.Date, Cabinet?.Provenance, "the cabinet decides a motion before it goes to the Bundestag"),
            Known("motion.distributed", "the motion's distribution", Motion?.Distributed, Motion?.Provenance, "a motion's Drucksache is distributed after the cabinet decided it"),
            Known("motion.first-reading", "the first reading", Motion?.FirstReading, Motion?.Provenance, "the Bundestag debates a motion only once it is decided and distributed"),
            Known("vote.date", "the vote", Vote?.Date, Vote?.Provenance, "a plenary vote cannot precede the cabinet decision, the distribution of its Drucksache or its first reading"),
        })
        {
            if (step is null) continue;
            if (previous is not null && InOrder(previous, step) is { } c) found.Add(c);
            previous = step;
        }

        var distributed = Known("motion.distributed", "the motion's distribution", Motion?.Distributed, Motion?.Provenance, "");
        if (InOrder(distributed, Known("objection.date", "the demand for debate", Objection?.Date, Objection?.Provenance,
                "a debate can be demanded only on a motion already distributed (§ 4(1) ParlBG)")) is { } early)
            found.Add(early);
        // Under § 5 the deployment may be over before the motion follows; otherwise a mandate cannot end before it is even moved.
        if (Procedure != Procedure.SubsequentApproval && InOrder(distributed, Known("end", "the end", End?.Date, End?.Provenance,
                "a mandate cannot end before its motion is distributed")) is { } ended)
            found.Add(ended);
        // Consent that begins after the mandate's last day would authorise no day at all: the motion states
        // another end, or the consent is a later motion's.
        else if (Procedure != Procedure.SubsequentApproval && InOrder(ConsentGiven(), Known("end", "the end", End?.Date, End?.Provenance,
                     "a mandate authorises nothing after its last day, so consent beginning after it would authorise no day")) is { } empty)
            found.Add(empty);
        // § 5: the deployment begins in imminent danger and the motion follows it; a motion already out before is one for prior consent.
        if (Procedure == Procedure.SubsequentApproval && InOrder(Known("start", "the deployment's start", Start?.Date, Start?.Provenance, ""),
                Known("motion.distributed", "the motion's distribution", Motion?.Distributed, Motion?.Provenance,
                    "under § 5 ParlBG the deployment begins in imminent danger and the motion for approval follows it")) is { } ahead)
            found.Add(ahead);

        if (Revocation is { } r)
        {
            var revoked = Known("revocation.decided", "the revocation", r.Decided, r.Provenance, "§ 8 ParlBG withdraws a consent already given");
            if (Withdrawn is not null)
                found.Add(new("revocation", null, $"no revocation: the motion of {Id} was withdrawn, so there is no "
                    + "consent to withdraw (§ 8 ParlBG)"));
            else if (Vote is { Result: VoteResult.Rejected } rejected && Confirmed(rejected.Provenance))
                found.Add(new("revocation", null, $"no revocation: the vote of {Days.Format(rejected.Date)} rejected the motion, so there is no consent to withdraw (§ 8 ParlBG)"));
            // A § 5 deployment runs before any consent: the Bundestag ends it by refusing approval, not by a revocation.
            else if (Procedure == Procedure.SubsequentApproval && Vote is null)
                found.Add(new("revocation", null, $"no revocation: {Id} has no consent yet: its deployment began under § 5 ParlBG and awaits the Bundestag's approval, so there is none to withdraw (§ 8 ParlBG); the Bundestag ends it by rejecting the approval (§ 5(3) ParlBG)"));
            else if (ConsentBegins is null)
                found.Add(new("revocation", null, $"no revocation: {Id} has no consent yet (no adopted vote{(Procedure == Procedure.Simplified ? ", and none deemed given" : "")}), so there is none to withdraw (§ 8 ParlBG)"));
            else if (InOrder(ConsentGiven(), revoked) is { } c)
                found.Add(c);
        }

        found.AddRange(WithdrawalContradictions());

        if (Vote is { Yes: { } yes, No: { } no } v)
        {
            // Art. 42(2) Basic Law: a decision needs a majority of the votes cast; a tie rejects.
            if (v.Result == VoteResult.Adopted && yes <= no)
                found.Add(new("vote.result", "adopted", $"'rejected' for {yes} yes and {no} no: the Bundestag consents only by a majority of the votes cast, more yes than no (Art. 42(2) Basic Law)"));
            if (v.Result == VoteResult.Rejected && yes > no)
                found.Add(new("vote.result", "rejected", $"'adopted' for {yes} yes and {no} no: more yes than no is a majority of the votes cast, which consents (Art. 42(2) Basic Law)"));
        }
        return found;
    }

    /// <summary>
    /// A motion is withdrawn before the Bundestag decides it: not after a vote, nor once consent is deemed
    /// given (§ 4(1) ParlBG), nor before it was distributed.
    /// </summary>
    private IEnumerable<Contradiction> WithdrawalContradictions()
    {
        if (Withdrawn is not { } w) yield break;
        if (Vote is { } v)
            yield return new("withdrawn", null, $"no withdrawal: the Bundestag decided the motion by its vote of "
                + $"{Days.Format(v.Date)}, and a motion is withdrawn before it is decided");
        var withdrawn = Known("withdrawn.date", "the withdrawal", w.Date, w.Provenance,
            "a motion is withdrawn once it was moved");
        if (InOrder(Known("motion.distributed", "the motion's distribution", Motion?.Distributed, Motion?.Provenance,
                ""), withdrawn) is { } early)
            yield return early;
        if (Procedure == Procedure.Simplified && Objection is null && withdrawn is not null
            && ObjectionPeriodEnds is { } last && Confirmed(Motion?.Provenance) && withdrawn.Day > last)
            yield return new("withdrawn.date", Days.Format(w.Date), $"a day on or before {Days.Format(last)}, the "
                + "7th day after distribution: with no debate demanded by then, consent is deemed given "
                + "(§ 4(1) ParlBG) and the motion is decided");
    }

    /// <summary>A step of the procedure on a known, unquestioned day; <see cref="Why"/> says why it cannot come earlier.</summary>
    private sealed record Step(string Field, string Name, LocalDate Day, string Why);

    private Step? Known(string field, string name, LocalDate? day, Provenance? provenance, string why) =>
        day is { } d && Confirmed(provenance) ? new Step(field, name, d, why) : null;

    /// <summary>Whether a block's facts are confirmed by its source (its own, or the mandate's it inherits).</summary>
    private bool Confirmed(Provenance? provenance) => (provenance ?? default).Resolve(Source).Verified;

    /// <summary>The day the Bundestag consented, if known: an adopted vote, or deemed consent on the 8th day after a simplified motion's distribution.</summary>
    private Step? ConsentGiven() => Vote is { Result: VoteResult.Adopted } v
        ? Known("vote.date", "the vote that gave consent", v.Date, v.Provenance, "")
        : Procedure == Procedure.Simplified && Vote is null && !HasTimelyObjection && Motion?.Distributed is { } d
            ? Known("motion.distributed", "deemed consent (the 8th day after distribution)", d.PlusDays(8), Motion.Provenance, "")
            : null;

    /// <summary>Null if <paramref name="later"/> is on or after <paramref name="earlier"/> (or either is unknown); else the contradiction, seen from both steps.</summary>
    private static Contradiction? InOrder(Step? earlier, Step? later) =>
        earlier is null || later is null || later.Day >= earlier.Day ? null
            : new Contradiction(later.Field, Days.Format(later.Day), $"a day on or after {earlier.Name} ({Days.Format(earlier.Day)}): {later.Why}")
            {
                Other = new Contradiction(earlier.Field, Days.Format(earlier.Day), $"a day on or before {later.Name} ({Days.Format(later.Day)}): {later.Why}"),
            };
}
