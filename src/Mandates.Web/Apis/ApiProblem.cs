using System.Text.Encodings.Web;
using System.Text.Json;
using Mandates.Core.Contracts;
using Mandates.Core.Problems;
using Mandates.Core.Rules;

namespace Mandates.Web.Apis;

/// <summary>
/// An answer that is not the thing asked for, as RFC 7807 problem details (application/problem+json): bad input
/// naming the field in the domain's words (400), a refusal by the law with its decision (422), a conflict with what
/// the ledger holds (409), a store that failed (503), a missing or insufficient sign-in (401, 403).
/// </summary>
/// <param name="Type">A URI naming the kind: <c>urn:mandates:bad-input</c>, <c>…:refused</c>, <c>…:conflict</c>,
/// <c>…:store-failed</c>, <c>…:record-cannot-answer</c>, <c>…:unauthenticated</c>, <c>…:forbidden</c>.</param>
/// <param name="Title">The kind in words.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Detail">The whole sentence, each field named as a JSON body names it.</param>
/// <param name="Field">The field at fault in the domain's words (<c>from</c>, <c>asRecordedAt</c>), or null.</param>
/// <param name="Value">The value given, or null.</param>
/// <param name="Expected">What was expected, or null where the problem does not say.</param>
/// <param name="Example">A value that would have been taken, or null.</param>
/// <param name="Decision">A refusal's decision, with every finding and its citations; null otherwise.</param>
public sealed record ApiProblem(string Type, string Title, int Status, string Detail, string? Field, string? Value,
    string? Expected, string? Example, DecisionOutput? Decision)
{
    /// <summary>As the contracts are written: non-ASCII text and quotes as they are ("≤", "'2025-13-01'").</summary>
    private static readonly JsonSerializerOptions Relaxed = new(WebJson.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The media type of problem details.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>Bad input (400), or a write the ledger found in conflict with what it holds (409).</summary>
    public static ApiProblem Of(Problem problem, int status = StatusCodes.Status400BadRequest) => new(
        status == StatusCodes.Status409Conflict ? "urn:mandates:conflict" : "urn:mandates:bad-input",
        status == StatusCodes.Status409Conflict ? "The request conflicts with the ledger" : "Bad input",
        status, problem.ToString(), problem.Field, problem.Value, problem.ExpectedText(f => f), problem.Example, null);

    /// <summary>
    /// What the route names is not there (404): a ledger position that started no tour (an end's, a decision's, one
    /// beyond the ledger, a tour cancelled), told as the route's <paramref name="field"/> (<c>position</c>).
    /// </summary>
    public static ApiProblem NotFound(Problem problem, string field) => new("urn:mandates:not-found", "Not found",
        StatusCodes.Status404NotFound, problem.ToString().Replace($"{problem.Field}: ", $"{field}: ",
            StringComparison.Ordinal), field, problem.Value, problem.ExpectedText(f => f), problem.Example, null);

    /// <summary>A write the law refused (422): nothing was written; the decision says why.</summary>
    public static ApiProblem Refused(Decision decision, int persons, bool openEnded) => new("urn:mandates:refused",
        "Refused by the law", StatusCodes.Status422UnprocessableEntity,
        "The law does not authorise this on every day it covers; nothing was written. The decision's findings say why.",
        null, null, null, null, DecisionOutput.Of(decision, persons, "refused", openEnded));

    /// <summary>A failure not tied to one field (a store that failed, a sign-in missing).</summary>
    public static ApiProblem Said(string kind, string title, int status, string detail) =>
        new($"urn:mandates:{kind}", title, status, detail, null, null, null, null, null);

    /// <summary>The problem as a response.</summary>
    public IResult Result() => Results.Json(this, Relaxed, MediaType, Status);
}
