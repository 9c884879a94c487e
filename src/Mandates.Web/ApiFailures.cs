using System.Text.Json;
using Mandates.Core.Access;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Rules;
using Mandates.Core.UseCases;
using Mandates.Storage;
using Mandates.Web.Apis;
using Microsoft.AspNetCore.Diagnostics;

namespace Mandates.Web;

/// <summary>
/// Turns what a use case throws into problem details: bad input 400 naming the field, a store that failed 503, a
/// record the rules cannot answer from 422. Anything else is a bug: 500, logged.
/// </summary>
internal sealed class ApiFailures(ILogger<ApiFailures> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancel)
    {
        if (Of(exception) is not { } problem) return false;
        if (problem.Status >= 500) logger.LogWarning(exception, "{Detail}", problem.Detail);
        await problem.Result().ExecuteAsync(context);
        return true;
    }

    /// <summary>The problem an exception stands for, or null for a bug.</summary>
    public static ApiProblem? Of(Exception exception) => exception switch
    {
        ProblemException { Problem: var problem } => ApiProblem.Of(problem),
        KeyReusedException { Problem: var problem } => ApiProblem.Of(problem, StatusCodes.Status409Conflict),
        NotPermittedException e => ApiProblem.Said("forbidden", "Not allowed for this role", 403, e.Why),
        BadHttpRequestException or JsonException => ApiProblem.Said("bad-input", "Bad input", 400, exception.Message),
        StoreException { Failed: true } or StoreFailedException or System.Data.Common.DbException =>
            ApiProblem.Said("store-failed", "The store failed", 503,
                $"The store failed: {Explained(exception)}. Nothing was written."),
        StoreException e => ApiProblem.Said("store-failed", "The store failed", 503, e.Message),
        DamagedEntryException or InvalidDataException => ApiProblem.Said("store-damaged", "The store is damaged", 503,
            $"The store cannot be read: {exception.Message} GET /api/verify names the first broken entry."),
        RuleConflictException e => ApiProblem.Said("record-cannot-answer", "The record cannot answer", 422,
            $"The record cannot answer: {e.Message} Declare which prevails, or correct the record."),
        _ => null,
    };

    private static string Explained(Exception e) =>
        e is System.Data.Common.DbException db ? EventStores.Failure(db) : e.Message.TrimEnd('.');
}
