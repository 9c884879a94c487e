
namespace Mandates.Web.Apis;

/// <summary>What an endpoint answers, for the OpenAPI document: its contract, and problem details otherwise.</summary>
internal static class Described
{
    /// <summary>The contract on success, and problem details for bad input, no sign-in, a role that may not, a store that failed.</summary>
    public static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder builder, int status = StatusCodes.Status200OK) =>
        builder.Produces<T>(status)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, ApiProblem.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, ApiProblem.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status503ServiceUnavailable, ApiProblem.MediaType);

    /// <summary>Text of a media type on success (a calendar feed, a briefing), and problem details otherwise.</summary>
    public static RouteHandlerBuilder AnswersText(this RouteHandlerBuilder builder, string mediaType) =>
        builder.Produces<string>(StatusCodes.Status200OK, mediaType)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, ApiProblem.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, ApiProblem.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, ApiProblem.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status503ServiceUnavailable, ApiProblem.MediaType);

    /// <summary>A write: a refusal by the law (422, with the decision) and a conflict with the ledger (409).</summary>
    public static RouteHandlerBuilder Refuses(this RouteHandlerBuilder builder) =>
        builder.Produces<ApiProblem>(StatusCodes.Status422UnprocessableEntity, ApiProblem.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status409Conflict, ApiProblem.MediaType);
}
