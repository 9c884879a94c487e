using System.Text.Json.Serialization.Metadata;
using Mandates.Core.Access;
using Mandates.Core.Contracts;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using Mandates.Core.UseCases;
using Mandates.Web.Access;
using static Mandates.Web.Apis.Api;

namespace Mandates.Web.Apis;

/// <summary>
/// The law's decisions recorded as they are taken: motions, cabinet decisions, votes, demands for debate and
/// revocations (parliament), changes of legal acts (admin). Each is a new version of the record in the ledger.
/// </summary>
internal static class DecisionsApi
{
    public static RouteGroupBuilder MapDecisionsApi(this RouteGroupBuilder api)
    {
        var decisions = api.MapGroup("/decisions").WithTags("Decisions");
        Post(decisions, "motion", WebJson.Default.MotionBody, Act.RecordDecisions, Motion);
        Post(decisions, "cabinet", WebJson.Default.CabinetBody, Act.RecordDecisions, Cabinet);
        Post(decisions, "vote", WebJson.Default.VoteBody, Act.RecordDecisions, Vote);
        Post(decisions, "objection", WebJson.Default.ObjectionBody, Act.RecordDecisions, Objection);
        Post(decisions, "revocation", WebJson.Default.RevocationBody, Act.RecordDecisions, Revocation);
        Post(decisions, "act-change", WebJson.Default.ActChangeBody, Act.ChangeLegalActs, ActChange);
        return decisions;
    }

    /// <summary>
    /// Maps POST /decisions/{kind}: the body read and checked first (<paramref name="request"/>, bad input 400 before
    /// anything is opened), then the use case alone on the ledger; 201 with what was recorded. The same
    /// Idempotency-Key and body again: 201 with what the first request recorded, nothing written again.
    /// </summary>
    private static void Post<TBody>(RouteGroupBuilder group, string kind, JsonTypeInfo<TBody> info, Act act,
        Func<TBody, RecordKey?, Func<Session, RecordResult>> request) where TBody : notnull =>
        group.MapPost($"/{kind}", async (HttpContext http) =>
        {
            var body = await Body(http, info);
            var use = request(body, RecordKey(http));
            var output = Ledger(http).Write(Caller(http), session =>
                RecordOutput.Of(use(session), session.Store.State(session.Caller)));
            return Results.Json(output, Contract.Options, statusCode: StatusCodes.Status201Created);
        }).WithName($"Record{string.Concat(kind.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}")
        .Accepts<TBody>("application/json").Needs(act).Answers<RecordOutput>(StatusCodes.Status201Created);

    // The requests below are built from the bodies alone, so that the dashboard's forms (Pages/Decisions) fill the
    // same bodies and record through the same use cases with the same checks.

    /// <summary>The cabinet's decision on a motion, checked.</summary>
    internal static Func<Session, RecordResult> Cabinet(CabinetBody b, RecordKey? key = null)
    {
        var request = new RecordCabinetRequest(Required("mandate", b.Mandate, "KFOR-2026"), Date("date", b.Date),
            Source(b.Source)) { Key = key };
        return s => RecordCabinet.Run(s, request);
    }

    /// <summary>A demand for a plenary debate (§ 4(1) ParlBG), checked.</summary>
    internal static Func<Session, RecordResult> Objection(ObjectionBody b, RecordKey? key = null)
    {
        var request = new RecordObjectionRequest(Required("mandate", b.Mandate, "KFOR-2026"), Date("date", b.Date),
            Input.Text("by", Required("by", b.By, "a parliamentary group"),
                "who demanded the debate, a parliamentary group or 5 % of the members"), Source(b.Source))
            { Key = key };
        return s => RecordObjection.Run(s, request);
    }

    /// <summary>The Bundestag's consent withdrawn (§ 8 ParlBG), checked.</summary>
    internal static Func<Session, RecordResult> Revocation(RevocationBody b, RecordKey? key = null)
    {
        var request = new RecordRevocationRequest(Required("mandate", b.Mandate, "KFOR-2025"), Date("date", b.Date),
            Source(b.Source), b.Effective is null ? null : Input.Date("effective", b.Effective),
            b.Document is null ? null
            : Input.Text("document", b.Document, "the printed paper of the decision, e.g. Drucksache 21/1234"))
            { Key = key };
        return s => RecordRevocation.Run(s, request);
    }

    /// <summary>A legal act extended or terminated, checked.</summary>
    internal static Func<Session, RecordResult> ActChange(ActChangeBody b, RecordKey? key = null)
    {
        var request = new RecordActChangeRequest(Required("act", b.Act, "unscr-1244"), Date("date", b.Date),
            Input.Word("change", Required("change", b.Change, "extended"), RecordLoader.ChangeKinds),
            Input.DayOrOpen("until", Required("until", b.Until, "2026-06-30")), Source(b.Source),
            b.Document is null ? null
            : Input.Text("document", b.Document, "the decision's document, e.g. S/RES/9999 (2026)"))
            { Key = key };
        return s => RecordActChange.Run(s, request);
    }

    internal static Func<Session, RecordResult> Motion(MotionBody b, RecordKey? key = null)
    {
        var request = new RecordMotionRequest(Required("operation", b.Operation, "KFOR"),
            Input.MandateId("mandate", Required("mandate", b.Mandate, "KFOR-2026")),
            Input.Text("document", Required("document", b.Document, "Drucksache 21/999"),
                "the motion's printed paper, e.g. Drucksache 21/999"), Source(b.Source))
        {
            Procedure = b.Procedure is null ? Core.Law.Procedure.Regular
                : Input.Word("procedure", b.Procedure, RecordLoader.Procedures),
            Extension = b.Extension ?? false,
            Distributed = b.Distributed is null ? null : Input.Date("distributed", b.Distributed),
            Start = b.Start is null ? null : Input.Date("start", b.Start),
            End = b.End is null or "open" ? null : Input.Date("end", b.End),
            OpenEnded = b.End == "open",
            Ceiling = b.Ceiling is null ? null : Input.Ceiling("ceiling", b.Ceiling),
            Key = key,
        };
        return session => RecordMotion.Run(session, request);
    }

    internal static Func<Session, RecordResult> Vote(VoteBody b, RecordKey? key = null)
    {
        int? Count(string field, string? text) => text is null ? null : Input.Votes(field, text);
        var request = new RecordVoteRequest(Required("mandate", b.Mandate, "KFOR-2026"), Date("date", b.Date),
            Input.Word("result", Required("result", b.Result, "adopted"), RecordLoader.VoteResults), Source(b.Source),
            Count("yes", b.Yes), Count("no", b.No), Count("abstentions", b.Abstentions), b.RollCall ?? false)
        {
            Key = key,
        };
        return session => RecordVote.Run(session, request);
    }

    private static NodaTime.LocalDate Date(string field, string? text) =>
        Input.Date(field, Required(field, text, "2025-06-05"));

    private static string Source(string? text) =>
        Input.Source("source", Required("source", text, "https://dserver.bundestag.de/btd/21/002/2100230.pdf"));
}
