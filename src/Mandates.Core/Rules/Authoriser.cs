using System.Globalization;
using Mandates.Core.Law;
using NodaTime;
using SubRule = Mandates.Core.Rules.Precedence.Names;

namespace Mandates.Core.Rules;

/// <summary>
/// Answers "may this deployment go ahead on these days?" against a record, with a finding for each
/// rule of docs/architecture.md. A period is authorised only if every day in it is: it is cut where the law
/// changes, each piece is judged on its own, and the findings are joined.
/// </summary>
public sealed class Authoriser
{
    private readonly LegalRecord record;
    private readonly Precedence precedence;
    private readonly Dictionary<OperationId, LocalDate[]> changeDays = [];

    public Authoriser(LegalRecord record, Precedence? precedence = null)
    {
        this.record = record;
        this.precedence = precedence ?? Precedence.Declared;
        foreach (var operation in record.Operations)
        {
            // The law changed for every operation when the ParlBG entered into force: findings cite it from then on.
            var days = Chain.ChangeDays(record, operation);
            days.Add(Rulebook.ParlBGInForce);
            changeDays[operation.Id] = days.ToArray();
        }
    }

    public LegalRecord Record => record;

    /// <summary>The days on which the law of the operation changes (see <see cref="Chain.ChangeDays"/>), worked out once.</summary>
    public IReadOnlyList<LocalDate> ChangeDays(Operation operation) => changeDays[operation.Id];

    /// <summary>Judges the request. The operation must be in the record (callers look it up first).</summary>
    /// <exception cref="RuleConflictException">Two rules decide a question differently with no declared precedence.</exception>
    public Decision Authorise(DeploymentRequest request, IStrength strength)
    {
        var operation = record.FindOperation(request.Operation.Value)
            ?? throw new ArgumentException($"The record has no operation '{request.Operation}'.", nameof(request));

        var pieces = Pieces(operation, request.Period);
        var perPiece = new List<Piece>(pieces.Count);
        foreach (var piece in pieces) perPiece.Add(Judge(operation, piece, request, strength));

        // One piece (the law unchanged over the period, as for most tours) needs no joining.
        var findings = perPiece.Count == 1 ? perPiece[0].Findings : new Finding[Rulebook.All.Count];
        if (perPiece.Count > 1)
            for (var r = 0; r < findings.Length; r++)
                findings[r] = Join(Rulebook.All[r], Merged(perPiece.Select(p => p.Findings[r])));

        // The ceiling exception's day limit speaks of consecutive days, which only the whole period shows.
        findings[Rulebook.Ceiling.Number - 1] = CheckExceptionDuration(findings[Rulebook.Ceiling.Number - 1], operation, perPiece, request, strength);

        var mandates = perPiece.Count == 1
            ? perPiece[0].Mandate is { } only ? ValueList.Of(only.Id) : ValueList<MandateId>.Empty
            : perPiece.Where(p => p.Mandate is not null).Select(p => p.Mandate!.Id).Distinct().ToValueList();
        return new Decision(
            operation.Id,
            request.Period,
            findings.All(f => f.Outcome != Outcome.NotMet),
            perPiece.Min(p => p.Headroom),
            mandates,
            findings.ToValueList());
    }

    /// <summary>The period cut where the operation's law changes: in each piece one decision holds but for strength.</summary>
    private List<DateInterval> Pieces(Operation operation, DateInterval period) =>
        period.Start == period.End ? [period] : DayRanges.Cut(period, changeDays[operation.Id]);

    /// <param name="Headroom">Persons that may still be added; null where no ceiling bounds them.</param>
    private sealed record Piece(DateInterval Days, Mandate? Mandate, int? Headroom, Finding[] Findings, int Excess);

    /// <summary>Judges a piece of the period on which nothing in the law changes.</summary>
    private Piece Judge(Operation operation, DateInterval days, DeploymentRequest request, IStrength strength)
    {
        var law = LawOn(operation, days, request);
        // A copy: the remembered findings are shared, and the caller fills in the ceiling's.
        var findings = (Finding[])law.Findings.Clone();
        if (law.Mandate is not { } mandate) return new Piece(days, null, 0, findings, 0);
        var maxStrength = strength.MaxOver(days);
        var total = checked(maxStrength + request.Persons);
        // Pieces are cut where a ceiling changes, so one ceiling holds on all of the piece's days; with
        // components it is the sum over the components in force (Chain.CeilingOn).
        var ceiling = Ceiling(operation, mandate, days.Start);
        var ceilingFinding = CeilingFinding(operation, mandate, request, maxStrength, total, days);
        // A tour recorded as relying on a clause its mandate does not provide would claim what the law never
        // gave, on these days as on any other (over the ceiling, the ceiling's finding says so already).
        if (request.Exception is { } kind && mandate.FindException(kind) is null && ceilingFinding.Outcome == Outcome.Met)
            ceilingFinding = ceilingFinding with
            {
                Outcome = Outcome.NotMet,
                Saying = Saying.Plain($"The request relies on a {Word(kind)} exception, which {mandate.Name} does not provide"
                    + (mandate.CeilingExceptions.Count > 0 ? $" (it provides {string.Join(", ", mandate.CeilingExceptions.Select(e => Word(e.Kind)))})" : ""))
                    .Then(Saying.Of($", {When}; a tour within the ceiling needs no exception.")),
            };
        findings[Rulebook.Ceiling.Number - 1] = ceilingFinding;
        // Where the law lets nobody serve (no consent, a lapsed legal basis, the end passed, revoked), nobody
        // may be added, whatever room the ceiling leaves; more serving than it allows still shows.
        // A mandate that sets no ceiling bounds no number: no headroom to state, unless nobody may serve at all.
        var nobody = findings.Any(static f => f.LetsNobodyServe);
        int? headroom = ceiling is not { } c ? (nobody ? 0 : null)
            : nobody ? Math.Min(c - maxStrength, 0) : c - maxStrength;
        return new Piece(days, mandate, headroom, findings, ceiling is { } most ? Math.Max(0, total - most) : 0);
    }

    /// <summary>What the law says of a piece apart from strength: the governing mandate and every finding but the ceiling's (left null).</summary>
    private sealed record Law(Mandate? Mandate, Finding[] Findings);

    private readonly record struct LawKey(OperationId Operation, LocalDate Start, LocalDate End, string? Task, string? Area);

    /// <summary>
    /// The law's findings on a piece, remembered: they depend only on the record (which never changes
    /// under an Authoriser) and the request's task and area, not on strength, and the ledger asks the
    /// same of each tour of a contingent. Bounded, so an unusual run of questions cannot grow it without end.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<LawKey, Law> laws = new();

    private Law LawOn(Operation operation, DateInterval days, DeploymentRequest request)
    {
        var key = new LawKey(operation.Id, days.Start, days.End, request.Task, request.Area);
        if (laws.TryGetValue(key, out var law)) return law;
        law = JudgeLaw(operation, days, request);
        // Counted here: ConcurrentDictionary.Count takes every lock and walks every bucket.
        if (Interlocked.Increment(ref remembered) > 10_000)
        {
            laws.Clear();
            Interlocked.Exchange(ref remembered, 0);
        }
        return laws[key] = law;
    }

    private int remembered;

    /// <summary>Drops what it remembers: to measure the cost of working the law out.</summary>
    internal void Forget()
    {
        laws.Clear();
        remembered = 0;
    }

    private Law JudgeLaw(Operation operation, DateInterval days, DeploymentRequest request)
    {
        var day = days.Start;
        var mandate = GoverningFor(operation, day, request);
        if (mandate is null)
        {
            // § 5(3): a rejected subsequent approval ends its deployment; say so rather than "no consent".
            var none = Chain.RejectedSubsequentApproval(operation, day) is { Vote: { } rejection } ended
                ? Say(Rulebook.Consent, Outcome.NotMet, days,
                    $"The Bundestag rejected {ended.Name} on {D(rejection.Date)} ({rejection.Counts}); under {Provision("§ 5(3)", day)} the deployment begun on {D(ended.ConsentBegins)} must end, and no earlier mandate of {operation.Id} gives consent {When}.",
                    With(Rulebook.Consent.Citations, ConsentCitation(ended, rejection), Rulebook.SubsequentApproval))
                : new Finding(Rulebook.Consent, Outcome.NotMet, days, NoConsentReason(operation, day), Rulebook.Consent.Citations);
            var findings = new Finding[Rulebook.All.Count];
            findings[0] = none;
            for (var r = 1; r < findings.Length; r++)
                findings[r] = Say(Rulebook.All[r], Outcome.NotApplicable, days, $"No mandate of {operation.Id} governs {When}.", ValueList<Citation>.Empty);
            return new Law(null, InForceOn(day, findings));
        }
        return new Law(mandate, InForceOn(day,
        [
            ConsentFinding(operation, mandate, day, days),
            LegalActsFinding(mandate, day, days),
            EndDateFinding(operation, mandate, day, days),
            NotRevokedFinding(operation, mandate, day, days),
            null!, // the ceiling's, which depends on strength: filled in by Judge
            ElementFinding(Rulebook.Task, "task", request.Task, mandate.Tasks, mandate, days),
            ElementFinding(Rulebook.Area, "area", request.Area, mandate.Areas, mandate, days),
        ]));
    }

    /// <summary>
    /// The mandate a request is judged under: the governing one, or in an operation with components the
    /// governing mandate of the first component whose days include the day and which lists the request's
    /// task and area (each where the request names one); failing that, the latest consented (whose
    /// findings then say what is missing).
    /// </summary>
    private static Mandate? GoverningFor(Operation operation, LocalDate day, DeploymentRequest request)
    {
        if (operation.Components.Count == 0) return Chain.Governing(operation, day);
        return Chain.GoverningEach(operation, day).FirstOrDefault(m => Chain.Covers(m, day)
                && Lists(m.Tasks, request.Task) && Lists(m.Areas, request.Area))
            ?? Chain.Governing(operation, day);
    }

    private static bool Lists(ValueList<MandateElement> listed, string? asked) =>
        asked is null || listed.Any(e => e.IsNamedBy(asked));

    /// <summary>
    /// The ceiling on the day: the mandate's, or in an operation with components their sum; null where the
    /// mandate (or a component's mandate in force) sets no ceiling.
    /// </summary>
    private static int? Ceiling(Operation operation, Mandate mandate, LocalDate day) =>
        operation.Components.Count == 0 ? mandate.CeilingOn(day).Persons : Chain.CeilingOn(operation, day);

    /// <summary>The findings citing the law in force on the day: before the ParlBG, the judgment of 1994.</summary>
    private static Finding[] InForceOn(LocalDate day, Finding[] findings)
    {
        if (day >= Rulebook.ParlBGInForce) return findings;
        for (var r = 0; r < findings.Length; r++)
            if (findings[r] is { } finding)
                findings[r] = finding with { Citations = Rulebook.InForceOn(day, finding.Citations) };
        return findings;
    }

    // Rule 1 ------------------------------------------------------------------------------------

    private Finding ConsentFinding(Operation operation, Mandate mandate, LocalDate day, DateInterval days)
    {
        var candidates = new List<(string, Finding)>();
        var citations = Rulebook.Consent.Citations;
        if (mandate.Vote is { } vote && vote.Date <= day)
        {
            var consent = ConsentCitation(mandate, vote);
            candidates.Add((SubRule.PlenaryVote, vote.Result == VoteResult.Adopted
                ? Say(Rulebook.Consent, Outcome.Met, days,
                    $"The Bundestag consented to {mandate.Name} by plenary vote on {D(vote.Date)} ({vote.Counts}); it is the latest consent {When}.",
                    With(citations, consent, Rulebook.RegularProcedure))
                // A governing mandate with a rejecting vote: a simplified motion deemed approved, then rejected in plenary.
                : Say(Rulebook.Consent, Outcome.NotMet, days,
                    $"The Bundestag rejected {mandate.Name} on {D(vote.Date)} ({vote.Counts}); there is no consent {When}.",
                    With(citations, consent, Rulebook.RegularProcedure))));
        }
        if (mandate.Procedure == Procedure.Simplified && !mandate.HasTimelyObjection && mandate.ConsentBegins is { } deemed && deemed <= day)
            candidates.Add((SubRule.DeemedConsent, Say(Rulebook.Consent, Outcome.Met, days,
                $"Consent to {mandate.Name} is deemed given from {D(deemed)}: it was distributed on {D(mandate.Distributed!.Value)} under the simplified procedure and no debate was demanded by {D(mandate.ObjectionPeriodEnds!.Value)}; it is the latest consent {When}.",
                With(citations, MotionCitation(mandate), Rulebook.SimplifiedProcedure))));
        if (mandate.Procedure == Procedure.SubsequentApproval && !(mandate.Vote is { } v && v.Date <= day))
            candidates.Add((SubRule.SubsequentApprovalPending, Say(Rulebook.Consent, Outcome.Met, days,
                $"The deployment under {mandate.Name} began on {D(mandate.ConsentBegins!.Value)} in imminent danger; the Bundestag's subsequent approval is pending, so it may continue {When}.",
                With(citations, MotionCitation(mandate), Rulebook.SubsequentApproval))));

        // A governing mandate's consent has begun, so one of the candidates above applies.
        var found = precedence.Resolve($"consent to {mandate.Id} {Describe(days)}", candidates, f => f.Outcome);
        // A clerk who knows a later motion failed asks whether this consent still holds: it does, and says why.
        return found.Outcome == Outcome.Met && Chain.RejectedLaterMotion(operation, mandate, day) is { Vote: { } rejection } rejected
            ? found with
            {
                Saying = found.Saying.Then($" The Bundestag rejected the later motion {rejected.Name} on {D(rejection.Date)} ({rejection.Counts}); a rejected motion withdraws no consent (only {(day < Rulebook.ParlBGInForce ? "a revocation" : "§ 8 ParlBG")} does), so this one stands."),
                Citations = With(found.Citations, ConsentCitation(rejected, rejection)),
            }
            : found;
    }

    private static Saying NoConsentReason(Operation operation, LocalDate day)
    {
        var none = Saying.Of($"No mandate of {operation.Id} gives consent {When}");
        var next = operation.Mandates.FirstOrDefault(m =>
            !(m.ConsentBegins is { } b && b <= day) && !(m.Vote is { Result: VoteResult.Rejected } v && v.Date <= day));
        if (next is null) return none.Then(".");
        if (next.Procedure == Procedure.Simplified && !next.HasTimelyObjection && next.ObjectionPeriodEnds is { } last && day <= last)
            return none.Then($": {next.Name} was distributed on {D(next.Distributed)} under the simplified procedure; a debate may be demanded through {D(last)}, and only from {D(next.ConsentBegins)} is consent deemed given.");
        if (next.HasTimelyObjection && !(next.Vote is { } vote && vote.Date <= day))
            return none.Then($": a debate on {next.Name} was demanded on {D(next.Objection!.Date)} by {next.Objection.By}, so the plenary must decide.");
        if (next.ConsentBegins is { } begins)
            return none.Then($": consent under {next.Name} begins on {D(begins)}.");
        return none.Then($": {next.Name} awaits the plenary vote.");
    }

    // Rule 2 ------------------------------------------------------------------------------------

    private Finding LegalActsFinding(Mandate mandate, LocalDate day, DateInterval days)
    {
        if (mandate.Requires.Count == 0)
            return Say(Rulebook.LegalActs, Outcome.NotApplicable, days, $"{mandate.Name} names no legal act it lasts as long as.", ValueList<Citation>.Empty);
        var acts = mandate.Requires.Select(record.Act).ToList();
        var begins = mandate.ConsentBegins!.Value;
        foreach (var act in acts)
        {
            var period = act.PeriodReaching(begins);
            if (period is not null && period.Contains(day)) continue;
            var cite = ValueList.Of(ActCitation(act));
            if (period is null || day < period.Start)
                return new Finding(Rulebook.LegalActs, Outcome.NotMet, days,
                    Saying.Of($"{mandate.Name} requires {act.Short}, which is not in force {When}").Then(
                    period is null ? $"; it has not been in force since the consent began on {D(begins)}." : $"; it is in force only from {D(period.Start)}."), cite);
            var change = act.LastChangeOnOrBefore(period.End.PlusDays(1));
            // Worded without tense: the days asked about may lie before or after today, which the rules do not know.
            var how = change is { Kind: ValidityChangeKind.Terminated }
                ? $"terminated{(change.Document is null ? "" : " by " + change.Document)}, decided {D(change.Date)}"
                : "no extension recorded";
            var renewed = act.IsInForceOn(day) ? $"; its later renewal does not revive a consent that ended with it" : "";
            return Say(Rulebook.LegalActs, Outcome.NotMet, days,
                $"{mandate.Name} lasts only as long as {act.Short} ({how}): it authorises through {D(period.End)}, the last day {act.Short} is in force, so it does not hold {When}{renewed}.",
                cite);
        }
        return Say(Rulebook.LegalActs, Outcome.Met, days,
            $"{mandate.Name} lasts as long as {Names(acts)}; {(acts.Count == 1 ? "it is" : "each is")} in force {When}.",
            acts.Select(ActCitation).ToValueList());
    }

    // Rule 3 ------------------------------------------------------------------------------------

    private Finding EndDateFinding(Operation operation, Mandate mandate, LocalDate day, DateInterval days)
    {
        var cite = ValueList.Of(MotionCitation(mandate, mandate.End?.Provenance), Rulebook.MotionContents);
        if (mandate.End is not { } end)
            return Say(Rulebook.EndDate, Outcome.NotApplicable, days,
                $"{mandate.Name} is open-ended: it sets no end date and lasts as long as its consent and the legal acts it requires.", cite);
        if (day <= end.Date)
            return Say(Rulebook.EndDate, Outcome.Met, days, $"{mandate.Name} authorises no later than {D(end.Date)}, so it holds {When}.", cite);

        // § 5(3): a deployment begun after this mandate ended, whose subsequent approval was rejected, must end: that, not the old end date, is why.
        var rejected = Chain.RejectedSubsequentApproval(operation, day) is { Vote: { } rejection } ended && ended.ConsentBegins > end.Date
            ? $" The Bundestag rejected {ended.Name} on {D(rejection.Date)} ({rejection.Counts}): under {Provision("§ 5(3)", day)} the deployment begun on {D(ended.ConsentBegins)} must end."
            : "";
        var candidates = new List<(string, Finding)>
        {
            (SubRule.OwnEndDate, Say(Rulebook.EndDate, Outcome.NotMet, days,
                $"{mandate.Name} authorised no later than {D(end.Date)}, so it does not hold {When}.{rejected}",
                rejected.Length == 0 ? cite : With(cite, Rulebook.SubsequentApproval))),
        };
        if (Chain.PendingExtension(operation, mandate, day) is { } pending)
        {
            var until = Chain.ExtensionCountsAsApprovedUntil(pending, mandate, record.Calendar);
            var extensionCite = With(cite, MotionCitation(pending), Rulebook.ExtensionPending);
            if (until is null)
                candidates.Add((SubRule.ExtensionPending, Say(Rulebook.EndDate, Outcome.NotMet, days,
                    $"{mandate.Name} ended on {D(end.Date)}; the extension {pending.Name} is pending, but the sitting calendar (through {D(record.Calendar.CoversUntil)}) does not reach the sitting days {Provision("§ 7(2)", day)} counts, so it cannot tell how long the deployment counts as approved.",
                    extensionCite)));
            else if (day <= until)
                candidates.Add((SubRule.ExtensionPending, Say(Rulebook.EndDate, Outcome.Met, days,
                    $"{mandate.Name} ended on {D(end.Date)}, but its extension {pending.Name} (distributed {D(pending.Distributed!.Value)}) is pending, so under {Provision("§ 7(2)", day)} the deployment counts as approved through {D(until.Value)}, which covers {When}.",
                    extensionCite)));
        }
        return precedence.Resolve($"whether {mandate.Id} still authorises {Describe(days)}", candidates, f => f.Outcome);
    }

    // Rule 4 ------------------------------------------------------------------------------------

    private static Finding NotRevokedFinding(Operation operation, Mandate mandate, LocalDate day, DateInterval days)
    {
        if (mandate.Revocation is { } revocation && revocation.Effective <= day)
            return Say(Rulebook.NotRevoked, Outcome.NotMet, days,
                $"The Bundestag revoked its consent to {mandate.Name} on {D(revocation.Decided)}, effective {D(revocation.Effective)}; it authorises nothing {When}.",
                // The revocation's own printed paper, if recorded: the motion's would pass for it.
                With(Rulebook.NotRevoked.Citations, new Citation($"Bundestag revocation of {D(revocation.Decided)}", mandate.Id.Value, revocation.Document)
                    .Of(revocation.Provenance.Resolve(mandate.Source))));
        // Replacement is decided by choosing the governing mandate (the latest whose consent began),
        // so this rule reports it; only revocation can fail it.
        var replaced = Chain.Replaced(operation, mandate);
        var history = replaced.Count == 0
            ? "it is the operation's first consent"
            : $"it replaced {string.Join(" and ", replaced.Select(m => m.Name))} on {D(mandate.ConsentBegins!.Value)}";
        return Say(Rulebook.NotRevoked, Outcome.Met, days,
            $"{mandate.Name} is not revoked and is the latest mandate of {operation.Id} {When}; {history}.",
            With(Rulebook.NotRevoked.Citations, MotionCitation(mandate)));
    }

    // Rule 5 ------------------------------------------------------------------------------------

    private static Finding CeilingFinding(Operation operation, Mandate mandate, DeploymentRequest request,
        int strength, int total, DateInterval days)
    {
        var inForce = mandate.CeilingOn(days.Start);
        if (Ceiling(operation, mandate, days.Start) is not { } ceiling)
            return NoCeilingFinding(operation, mandate, request, strength, days);
        // With components the ceiling is their sum: the words say so, the citation stays the judged mandate's.
        var of = operation.Components.Count == 0 ? mandate.Name
            : $"the components of {operation.Id} in force (the sum of their mandates' ceilings)";
        // A later ceiling of the decision may stand in a printed paper of its own (a change's source).
        var cite = ValueList.Of(new Citation($"{mandate.Id} mandate", $"ceiling: up to {N(ceiling)} soldiers",
                inForce == mandate.Ceiling ? mandate.Document : inForce.Provenance.Reference ?? mandate.Document,
                mandate.Motion?.Url)
            .Of(inForce.Provenance.Resolve(mandate.Source)));
        // Over several days the strength is the most that serve on any of them.
        // Re-checking the ledger (as the audit does) requests no one: the deployed alone are the sum.
        // (One saying per finding, the sum as words: a ceiling finding is made on every request.)
        var sum = request.Persons == 0 ? "" : $" + {N(request.Persons)} requested = {N(total)}";
        if (total <= ceiling)
            return new Finding(Rulebook.Ceiling, Outcome.Met, days, Saying.Of($"{AtMost}{N(strength)} deployed{sum} ≤ {N(ceiling)}, the ceiling of {of}, {When}."), cite);
        if (request.Exception is { } kind)
        {
            var clause = mandate.FindException(kind);
            if (clause is null)
                return new Finding(Rulebook.Ceiling, Outcome.NotMet, days,
                    Saying.Of($"{AtMost}{N(strength)} deployed{sum} > {N(ceiling)}, the ceiling of {of}, {When}; the request relies on a {Word(kind)} exception, which the mandate does not provide."), cite);
            var limit = checked(ceiling + clause.ExtraPersons);
            var clauseCite = With(cite, new Citation($"{mandate.Id} mandate", $"{Word(kind)} exception: up to {N(clause.ExtraPersons)} above the ceiling for at most {clause.MaxDays} days", mandate.Document, mandate.Motion?.Url)
                .Of(clause.Provenance.Resolve(mandate.Source)));
            return total <= limit
                ? new Finding(Rulebook.Ceiling, Outcome.Met, days,
                    Saying.Of($"{AtMost}{N(strength)} deployed{sum} > {N(ceiling)}, the ceiling of {of}, {When}, but within the {Word(kind)} exception's bound of {N(limit)} ({N(ceiling)} + {N(clause.ExtraPersons)})."), clauseCite)
                : new Finding(Rulebook.Ceiling, Outcome.NotMet, days,
                    Saying.Of($"{AtMost}{N(strength)} deployed{sum} > {N(limit)}, the ceiling of {of} ({N(ceiling)}) plus its {Word(kind)} exception ({N(clause.ExtraPersons)}), {When}."), clauseCite);
        }
        var hint = mandate.CeilingExceptions.Count == 0 ? "" :
            $"; the mandate allows exceptions for {string.Join(", ", mandate.CeilingExceptions.Select(e => Word(e.Kind)))}, which a request must name";
        return new Finding(Rulebook.Ceiling, Outcome.NotMet, days, Saying.Of($"{AtMost}{N(strength)} deployed{sum} > {N(ceiling)}, the ceiling of {of}, {When}{hint}."), cite);
    }

    /// <summary>
    /// The ceiling's finding where the mandate in force sets no ceiling (as the consents of 1994 and 1998 did):
    /// met whatever the number, citing the mandate that says so.
    /// </summary>
    private static Finding NoCeilingFinding(Operation operation, Mandate mandate, DeploymentRequest request,
        int strength, DateInterval days)
    {
        var inForce = mandate.CeilingOn(days.Start);
        var whose = operation.Components.Count == 0 || inForce.Persons is null
            ? $"{mandate.Name} sets no ceiling"
            : $"a mandate of the components of {operation.Id} in force sets no ceiling";
        var cite = ValueList.Of(new Citation($"{mandate.Id} mandate", "ceiling: none set", mandate.Document,
                mandate.Motion?.Url)
            .Of(inForce.Provenance.Resolve(mandate.Source)));
        var asked = request.Persons == 0 ? "" : $" + {N(request.Persons)} requested";
        return new Finding(Rulebook.Ceiling, Outcome.Met, days,
            Saying.Of($"{AtMost}{N(strength)} deployed{asked}: {whose}, so no number of persons exceeds it, {When}."),
            cite);
    }

    /// <summary>
    /// An exception covers the excess for at most its number of consecutive days. The days are counted
    /// whoever serves on them: a run that the tours already recorded began before the period (or carry on
    /// after it) is one run with the period's days, so a second exception tour cannot start the count afresh.
    /// </summary>
    private static Finding CheckExceptionDuration(Finding ceiling, Operation operation, List<Piece> pieces, DeploymentRequest request, IStrength strength)
    {
        if (!request.CountExceptionDays || ceiling.Outcome != Outcome.Met || request.Exception is not { } kind) return ceiling;
        var run = OverCeilingNextTo(operation, strength, request.Period.Start, -1);
        var longest = 0;
        var longestEnd = default(LocalDate);
        var maxDays = int.MaxValue;
        foreach (var piece in pieces)
        {
            if (piece.Mandate?.FindException(kind) is not { } clause) { run = 0; continue; }
            maxDays = Math.Min(maxDays, clause.MaxDays);
            if (piece.Excess == 0) { run = 0; continue; }
            for (var i = 0; i < piece.Days.Length; i++)
            {
                var day = piece.Days.Start.PlusDays(i);
                run = strength.On(day) + request.Persons > Ceiling(operation, piece.Mandate, day) ? run + 1 : 0;
                if (run > longest) { longest = run; longestEnd = day; }
            }
        }
        if (run > 0 && OverCeilingNextTo(operation, strength, request.Period.End, +1) is var after and > 0 && run + after > longest)
            (longest, longestEnd) = (run + after, request.Period.End.PlusDays(after));
        if (longest <= maxDays) return ceiling;
        return ceiling with
        {
            Outcome = Outcome.NotMet,
            Saying = Saying.Plain($"The ceiling would be exceeded on {longest} consecutive days (through {D(longestEnd)}), but the {Word(kind)} exception covers at most {maxDays}."),
        };
    }

    /// <summary>
    /// How many days in a row next to <paramref name="edge"/> (before it for a <paramref name="step"/> of -1,
    /// after it for +1) the tours already recorded exceed the ceiling of the mandate governing each; counted
    /// up to ten years, far beyond any clause's days (an open tour's strength runs on for ever).
    /// </summary>
    private static int OverCeilingNextTo(Operation operation, IStrength strength, LocalDate edge, int step)
    {
        var days = 0;
        for (var day = edge.PlusDays(step); days < 3_660; day = day.PlusDays(step), days++)
            if (Chain.CeilingOn(operation, day) is not { } ceiling || strength.On(day) <= ceiling) break;
        return days;
    }

    // Rules 6 and 7 -----------------------------------------------------------------------------

    private static Finding ElementFinding(Rule rule, string noun, string? asked, ValueList<MandateElement> listed, Mandate mandate, DateInterval days)
    {
        var cite = ValueList.Of(MotionCitation(mandate), Rulebook.MotionContents);
        if (asked is null)
            return Say(rule, Outcome.NotApplicable, days, $"The request names no {noun}.", ValueList<Citation>.Empty);
        var match = listed.FirstOrDefault(e => e.IsNamedBy(asked));
        return match is not null
            ? Say(rule, Outcome.Met, days, $"{mandate.Name} lists the {noun} '{match.Key}': {match.Title}.",
                ValueList.Of(MotionCitation(mandate).Of(match.Provenance.Resolve(mandate.Source)), Rulebook.MotionContents))
            : Say(rule, Outcome.NotMet, days,
                $"{mandate.Name} does not list the {noun} '{asked}'; it lists {(listed.Count == 0 ? "none" : string.Join(", ", listed.Select(e => e.Key)))}.", cite);
    }

    // Joining the pieces ------------------------------------------------------------------------

    /// <summary>
    /// The pieces' findings, those of adjacent pieces that say the same of their days said once over their
    /// days together: a period cut where the law changes elsewhere (a new motion, an act's renewal) would
    /// otherwise repeat one sentence for each cut.
    /// </summary>
    private static List<Finding> Merged(IEnumerable<Finding> parts)
    {
        var merged = new List<Finding>();
        foreach (var finding in parts)
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Outcome == finding.Outcome
                && DayRanges.Adjoin(last.Days, finding.Days) && last.Saying.Equals(finding.Saying))
                merged[^1] = last with
                {
                    Days = DayRanges.Through(last.Days, finding.Days),
                    Citations = last.Citations.Concat(finding.Citations).Distinct().ToValueList(),
                };
            else merged.Add(finding);
        }
        return merged;
    }

    private static Finding Join(Rule rule, List<Finding> findings)
    {
        if (findings.Count == 1) return findings[0];
        var notMet = findings.Where(f => f.Outcome == Outcome.NotMet).ToList();
        var citations = findings.SelectMany(f => f.Citations).Distinct().ToValueList();
        if (notMet.Count > 0)
        {
            var more = notMet.Count > 1 ? $" (and in {notMet.Count - 1} more part{(notMet.Count > 2 ? "s" : "")} of the period)" : "";
            return notMet[0] with { Saying = notMet[0].Saying.Then(more), Citations = notMet.SelectMany(f => f.Citations).Distinct().ToValueList() };
        }
        var outcome = findings.Any(f => f.Outcome == Outcome.Met) ? Outcome.Met : Outcome.NotApplicable;
        var reasons = findings.Select(f => f.Reason).Distinct().ToList();
        // Each says something else of its own days: written here, the last step, over all of them.
        return new Finding(rule, outcome, DayRanges.Through(findings[0].Days, findings[^1].Days), Saying.Plain(string.Join(" ", reasons)), citations);
    }

    // Words -------------------------------------------------------------------------------------

    private static readonly DaysWord When = DaysWord.When;
    private static readonly DaysWord AtMost = DaysWord.AtMost;

    /// <summary>A section of the ParlBG, or on a day before it entered into force the judgment then the law.</summary>
    private static string Provision(string section, LocalDate day) =>
        day < Rulebook.ParlBGInForce ? Rulebook.ConstitutionalCourt1994.Act : $"{section} ParlBG";

    /// <summary>A finding on the days, said by an interpolated string whose <see cref="When"/> names them.</summary>
    private static Finding Say(
        Rule rule, Outcome outcome, DateInterval days, ref Saying.Builder text, ValueList<Citation> citations) =>
        new(rule, outcome, days, text.Build(), citations);

    private static ValueList<Citation> With(IEnumerable<Citation> citations, params Citation[] more) =>
        citations.Concat(more).Distinct().ToValueList();

    private static Citation ConsentCitation(Mandate mandate, PlenaryVote vote) =>
        new Citation($"Bundestag {(vote.Result == VoteResult.Adopted ? "consent" : "rejection")} of {D(vote.Date)}", mandate.Id.Value, mandate.Document, mandate.Motion?.Url)
            .Of(vote.Provenance.Resolve(mandate.Source));

    /// <summary>The motion, cited for a fact it states: by default its own number and distribution (the motion block's source), else the fact given.</summary>
    private static Citation MotionCitation(Mandate mandate, Provenance? fact = null) =>
        new Citation($"Government motion {mandate.Id}", null, mandate.Document, mandate.Motion?.Url)
            .Of((fact ?? mandate.Motion?.Provenance ?? default).Resolve(mandate.Source));

    private static Citation ActCitation(LegalAct act) => new Citation(act.Short, act.Provision, act.Document, act.Url).Of(act.Source);

    private static string Names(IReadOnlyList<LegalAct> acts) =>
        acts.Count == 1 ? acts[0].Short : string.Join(", ", acts.Take(acts.Count - 1).Select(a => a.Short)) + " and " + acts[^1].Short;

    private static string Describe(DateInterval days) => Days.Describe(days);

    private static string D(LocalDate? day) => Days.Format(day);

    internal static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Word(CeilingExceptionKind kind) => CeilingExceptionWords.Of(kind);
}
