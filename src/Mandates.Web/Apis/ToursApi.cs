using Mandates.Core.Access;
using Mandates.Core.Contracts;
using Mandates.Core.Ledger;
using Mandates.Web.Access;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;

namespace Mandates.Web.Apis;

/// <summary>A tour to record: <c>{operation, person, task, area?, from, to?, exception?}</c> (<c>until</c> is taken
/// for <c>to</c>, the issue's name).</summary>
public sealed record TourBody(string? Operation, string? Person, string? Task, string? Area, string? From, string? To,
    string? Until, string? Exception);

/// <summary>The last day of a tour: <c>{on}</c>.</summary>
public sealed record EndTourBody(string? On);

/// <summary>What was recorded wrongly about a tour: <c>{from?, to?, cancel?, reason}</c>.</summary>
public sealed record CorrectionBody(string? From, string? To, bool? Cancel, string? Reason);

/// <summary>The tours' writes: deploy, end, correct. Each is recorded under the signed-in user.</summary>
internal static class ToursApi
{
    public static RouteGroupBuilder MapToursApi(this RouteGroupBuilder api)
    {
        var tours = api.MapGroup("/tours").WithTags("Tours").Needs(Act.RecordTours);
        tours.MapPost("/", (Func<HttpContext, Task<IResult>>)Deploy).WithName("Deploy").Accepts<TourBody>("application/json")
            .Answers<WriteOutput>(StatusCodes.Status201Created).Refuses();
        tours.MapPost("/{position}/end", End).WithName("EndTour").Accepts<EndTourBody>("application/json")
            .Answers<WriteOutput>().Refuses()
            .Produces<ApiProblem>(StatusCodes.Status404NotFound, ApiProblem.MediaType);
        tours.MapPost("/{position}/corrections", Correct).WithName("CorrectTour")
            .Accepts<CorrectionBody>("application/json").Answers<WriteOutput>().Refuses()
            .Produces<ApiProblem>(StatusCodes.Status404NotFound, ApiProblem.MediaType);
        return tours;
    }

    /// <summary>Records a tour if the law allows it on every day it covers: 201 with its ledger position.</summary>
    private static async Task<IResult> Deploy(HttpContext http)
    {
        var body = await Api.Body(http, WebJson.Default.TourBody);
        var key = Api.Key(http);
        if (body.To is not null && body.Until is not null)
            throw new ProblemException(Problem.Saying("until", body.Until,
                $"and {Problem.Named("to")} both given; expected one of them, the tour's last day."));
        var (toField, toText) = body.Until is not null ? ("until", body.Until) : ("to", body.To);
        var request = new DeployTourRequest(
            Api.Required("operation", body.Operation, "KFOR"),
            Input.Person("person", Api.Required("person", body.Person, "P-4711")),
            Input.Element("task", Api.Required("task", body.Task, "reconnaissance"))!,
            Input.Date("from", Api.Required("from", body.From, "2025-07-01")),
            toText is null ? null : Input.DayOrOpen(toField, toText),
            Input.Element("area", body.Area),
            body.Exception is null ? null : Input.ExceptionKind("exception", body.Exception),
            key);
        return Api.Write(http, session => DeployTour.Run(session, request), created: true);
    }

    /// <summary>
    /// Sets the last day of the tour started at a ledger position; 404 naming <c>position</c> if no tour started
    /// there.
    /// </summary>
    private static async Task<IResult> End(HttpContext http, string position)
    {
        var tour = Input.Position("position", position);
        var body = await Api.Body(http, WebJson.Default.EndTourBody);
        var request = new EndTourAtRequest(tour, Input.Date("on", Api.Required("on", body.On, "2025-12-31")), Api.Key(http));
        try
        {
            return Api.Write(http, session => EndTour.Run(session, request));
        }
        catch (ProblemException e) when (e.Problem.Field == "tour")
        {
            // Core checks the position started a tour; the route names it.
            return ApiProblem.NotFound(e.Problem, "position").Result();
        }
    }

    /// <summary>Corrects what was recorded wrongly about a tour (its days), or strikes it out as never served.</summary>
    private static async Task<IResult> Correct(HttpContext http, string position)
    {
        var tour = Input.Position("position", position);
        var body = await Api.Body(http, WebJson.Default.CorrectionBody);
        var request = Correction(tour, body, Api.Key(http));
        return Api.Write(http, session => CorrectTour.Run(session, request));
    }

    /// <summary>
    /// A correction of the tour at <paramref name="tour"/>, checked: its corrected days or its cancellation, and why
    /// (the dashboard's correction form fills the same body).
    /// </summary>
    internal static CorrectTourRequest Correction(long tour, CorrectionBody body, string? key)
    {
        var striking = body.Cancel ?? false;
        if (striking && (body.From is not null || body.To is not null))
            throw new ProblemException(Problem.Saying("cancel", "true", Problem.Join(
                $"a cancelled tour has no days; expected {Problem.Named("cancel")} alone, ",
                $"or the corrected {Problem.Named("from")} and/or {Problem.Named("to")}.")));
        if (!striking && body.From is null && body.To is null)
            throw new ProblemException(Problem.Saying("from", null, Problem.Join(
                $"none given; say what was recorded wrongly: the tour's corrected {Problem.Named("from")} ",
                $"and/or {Problem.Named("to")}, or {Problem.Named("cancel")}.")));
        var first = body.From is null ? (NodaTime.LocalDate?)null : Input.Date("from", body.From);
        var last = body.To is null ? null : Input.DayOrOpen("to", body.To);
        var why = Input.Text("reason", Api.Required("reason", body.Reason, "entered for the wrong person"),
            "why the record was wrong, e.g. \"entered for the wrong person\"");
        return new CorrectTourRequest(tour, first, last, striking, why, key, KeepUntil: body.To is null);
    }
}
