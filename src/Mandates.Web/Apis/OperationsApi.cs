using Mandates.Core.Access;
using Mandates.Core.Contracts;
using Mandates.Web.Access;
using Mandates.Core.Law;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using Mandates.Reports;
using NodaTime;

namespace Mandates.Web.Apis;

/// <summary>The operations and the question asked of them: list, show, check, strength, tours.</summary>
internal static class OperationsApi
{
    public static RouteGroupBuilder MapOperationsApi(this RouteGroupBuilder api)
    {
        var operations = api.MapGroup("/operations").WithTags("Operations").Needs(Act.Read);
        operations.MapGet("/", List).WithName("ListOperations").Answers<ListOutput>();
        operations.MapGet("/{id}", Show).WithName("ShowOperation").Answers<ShowOutput>();
        operations.MapGet("/{id}/check", Check).WithName("Check").Answers<DecisionOutput>();
        operations.MapGet("/{id}/strength", Strength).WithName("Strength").Answers<StrengthOutput>();
        operations.MapGet("/{id}/tours", Tours).WithName("OperationTours").Answers<ToursOutput>();
        operations.MapGet("/{id}/report.html", Report).WithName("OperationReport").AnswersText("text/html");
        return operations;
    }

    /// <summary>Every operation with its status on a day (<c>on</c>, default today).</summary>
    private static IResult List(HttpContext http, string? on) => Api.Read(http, session =>
        ListOutput.Of(ListOperations.Run(session, new ListRequest(Api.Day("on", on, session.Caller.Today)))));

    /// <summary>An operation, its chain of mandates and the law in force on a day.</summary>
    private static IResult Show(HttpContext http, string id, string? on) => Api.Read(http, session =>
        ShowOutput.Of(ShowOperation.Run(session, new ShowRequest(id, Api.Day("on", on, session.Caller.Today)))));

    /// <summary>May this many more serve, for this task and place, on every one of these days? A refusal is 200 too.</summary>
    private static IResult Check(HttpContext http, string id, string? from, string? to, string? add, string? task,
        string? area, string? exception, string? strength)
    {
        var first = Api.Day("from", from, Api.Today(http));
        var last = Api.Day("to", to, first);
        var period = Period(first, last);
        var persons = add is null ? 0 : Input.Persons("add", add);
        var request = new CheckRequest(id, period, persons, Input.Element("task", task), Input.Element("area", area),
            strength is null ? null : Input.Persons("strength", strength),
            exception is null ? null : Input.ExceptionKind("exception", exception));
        return Api.Read(http, session => DecisionOutput.Of(CheckDeployment.Run(session, request).Decision, persons));
    }

    /// <summary>Strength against the ceiling per stretch of days, as known now or as recorded at an instant.</summary>
    private static IResult Strength(HttpContext http, string id, string? from, string? to, string? by,
        string? asRecordedAt)
    {
        var first = Api.Day("from", from, Api.Today(http));
        var period = Period(first, Api.Day("to", to, first));
        if (by is not (null or "task"))
            throw new ProblemException(Problem.Expecting("by", by, $"is not a way to break strength down",
                $"task", "task"));
        return Api.Read(http, session => StrengthOutput.Of(ReadStrength.Run(session, new StrengthRequest(id, period,
            by == "task", AsRecordedAt(session, asRecordedAt)))));
    }

    /// <summary>The tours serving on these days (default today), earliest first.</summary>
    private static IResult Tours(HttpContext http, string id, string? from, string? to, string? asRecordedAt)
    {
        var first = Api.Day("from", from, Api.Today(http));
        var period = Period(first, Api.Day("to", to, first));
        return Api.Read(http, session => ToursOutput.Of(ListTours.Run(session,
            new ToursRequest(id, null, period, asRecordedAt is null ? null : Input.Instant("asRecordedAt", asRecordedAt)))));
    }

    /// <summary>The briefing of § 6 ParlBG on a day (<c>on</c>, default today) as one printable HTML page.</summary>
    private static async Task<IResult> Report(HttpContext http, string id, string? on)
    {
        var caller = Api.Caller(http);
        var day = Api.Day("on", on, caller.Today);
        var brief = Api.Ledger(http).Read(caller, session => BriefOperation.Run(session, new BriefRequest(id, day)));
        return Results.Content(await BriefingDocument.Html(brief, caller.Today), "text/html; charset=utf-8");
    }

    /// <summary>The instant a read is asked about, checked by the session (not after now, a store that holds it).</summary>
    public static Instant? AsRecordedAt(Session session, string? text) =>
        text is null ? null : session.AsRecordedAt(Input.Instant("asRecordedAt", text), "asRecordedAt");

    /// <summary>The days from <paramref name="first"/> to <paramref name="last"/>; a reversed pair names <c>to</c>.</summary>
    public static DateInterval Period(LocalDate first, LocalDate last) => last >= first ? new DateInterval(first, last)
        : throw new ProblemException(Problem.Saying("to", Days.Format(last), Problem.Join(
            $"'{Days.Format(last)}' is before {Problem.Named("from")} ({Days.Format(first)}); ",
            $"expected a day on or after it.")));
}
