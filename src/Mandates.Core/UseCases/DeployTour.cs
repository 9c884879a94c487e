using Mandates.Core.Access;
using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.UseCases.Users;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"Record this tour": one person on an operation, for a task and place, from a day to a day.</summary>
/// <param name="Operation">The operation's id as given (any case).</param>
/// <param name="Person">The person's pseudonymous service identifier.</param>
/// <param name="Task">The task, by its key or title.</param>
/// <param name="From">The first day of service.</param>
/// <param name="To">The last day of service, inclusive; null for a tour open until ended.</param>
/// <param name="Area">The place, by its key or title; null to leave place out of the question.</param>
/// <param name="Exception">The ceiling exception clause the tour relies on above the ceiling, if any.</param>
/// <param name="IdempotencyKey">Names the request: the same key and content again returns the first result.</param>
public sealed record DeployTourRequest(string Operation, PersonId Person, string Task, LocalDate From, LocalDate? To,
    string? Area = null, CeilingExceptionKind? Exception = null, string? IdempotencyKey = null);

/// <summary>
/// Records a tour only if the law the store holds authorises it on every day it covers, against the strength
/// of every tour already recorded (docs/architecture.md); a refused tour is not written and its decision says why.
/// </summary>
public static class DeployTour
{
    public static WriteResult Run(Session session, DeployTourRequest request)
    {
        // Before the store is opened (and, on first use, filled): bad input writes nothing at all.
        if (TourLedger.InvalidPeriod(request.From, request.To, "to") is { } invalid)
            throw new ProblemException(invalid);
        var operation = Input.Operation(session.Law.Record(), request.Operation);
        Input.Listed(operation, "task", request.Task, m => m.Tasks);
        if (request.Area is { } area) Input.Listed(operation, "area", area, m => m.Areas);
        Permission.Demand(session, Act.RecordTours);
        var outcome = session.Ledger().Deploy(
            new DeployRequest(operation.Id, request.Person, request.Task, request.From, request.To)
            {
                Area = request.Area, Exception = request.Exception, IdempotencyKey = request.IdempotencyKey,
            });
        return new WriteResult(outcome, OpenEnded: request.To is null);
    }
}
