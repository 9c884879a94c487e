using Mandates.Core.Access;
using Mandates.Core.Contracts;
using Mandates.Web.Access;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;

namespace Mandates.Web.Apis;

/// <summary>What the ledger and the law say over time: deadlines, the audit, the hash chain, a tour's history.</summary>
internal static class LedgerApi
{
    public static RouteGroupBuilder MapLedgerApi(this RouteGroupBuilder api)
    {
        api.MapGet("/deadlines", Deadlines).WithName("Deadlines").WithTags("Ledger").Needs(Act.Read)
            .Answers<DeadlinesOutput>();
        api.MapGet("/deadlines.ics", DeadlinesFeed).WithName("DeadlinesCalendar").WithTags("Ledger").Needs(Act.Read)
            .AnswersText(DeadlinesCalendar.MediaType);
        api.MapGet("/audit", Audit).WithName("Audit").WithTags("Ledger").Needs(Act.Read).Answers<AuditOutput>();
        api.MapGet("/verify", Verify).WithName("Verify").WithTags("Ledger").Needs(Act.Read).Answers<VerifyOutput>();
        api.MapGet("/tours/{position}/history", History).WithName("TourHistory").WithTags("Tours").Needs(Act.Read)
            .Answers<HistoryOutput>();
        return api;
    }

    /// <summary>What falls due between two days (default: from today on), for every operation or one.</summary>
    private static IResult Deadlines(HttpContext http, string? from, string? to, string? operation)
    {
        var first = Api.Day("from", from, Api.Today(http));
        var last = to is null ? (NodaTime.LocalDate?)null : Input.Date("to", to);
        return Api.Read(http, session =>
            DeadlinesOutput.Of(ListDeadlines.Run(session, new DeadlinesRequest(operation, first, last))));
    }

    /// <summary>
    /// The same deadlines as an iCalendar feed a calendar subscribes to (text/calendar; RFC 5545), stamped with the
    /// server's clock: the deadlines in the period, not the notes on ones past.
    /// </summary>
    private static IResult DeadlinesFeed(HttpContext http, string? from, string? to, string? operation)
    {
        var first = Api.Day("from", from, Api.Today(http));
        var last = to is null ? (NodaTime.LocalDate?)null : Input.Date("to", to);
        var feed = Api.Ledger(http).Read(Api.Caller(http), session => DeadlinesCalendar.Of(session.Law.Record(),
            ListDeadlines.Run(session, new DeadlinesRequest(operation, first, last)), session.Caller.Now));
        return Results.Text(feed, $"{DeadlinesCalendar.MediaType}; charset=utf-8", System.Text.Encoding.UTF8);
    }

    /// <summary>Every violation of the law among the tours recorded, as known now or as recorded at an instant.</summary>
    private static IResult Audit(HttpContext http, string? operation, string? asRecordedAt)
    {
        var instant = asRecordedAt is null ? (NodaTime.Instant?)null : Input.Instant("asRecordedAt", asRecordedAt);
        return Api.Read(http, session => AuditOutput.Of(AuditLedger.Run(session, new AuditRequest(operation, instant))));
    }

    /// <summary>The hash chain recomputed, with anchors (POSITION:HASH) kept from earlier runs.</summary>
    private static IResult Verify(HttpContext http, string[]? anchor)
    {
        var anchors = VerifyLedger.Anchors(anchor ?? []);
        return Api.Read(http, session => VerifyOutput.Of(VerifyLedger.Run(session, new VerifyLedgerRequest(anchors))));
    }

    /// <summary>Every entry about the tour started at a ledger position.</summary>
    private static IResult History(HttpContext http, string position)
    {
        var tour = Input.Position("tour", position);
        return Api.Read(http, session => HistoryOutput.Of(ReadHistory.Run(session, new HistoryRequest(tour))));
    }
}
