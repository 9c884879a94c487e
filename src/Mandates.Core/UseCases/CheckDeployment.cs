using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>
/// "May this many more serve on this operation, for this task and place, on every one of these days?"
/// </summary>
/// <param name="Operation">The operation's id as given (any case).</param>
/// <param name="Period">The days asked about, both ends included.</param>
/// <param name="Add">How many more persons.</param>
/// <param name="Task">The task, by its key or title; null to leave task out of the question.</param>
/// <param name="Area">The place, by its key or title; null to leave place out of the question.</param>
/// <param name="Strength">Persons already deployed on each day (what if), instead of the ledger's strength.</param>
/// <param name="Exception">The ceiling exception clause the request relies on above the ceiling, if any.</param>
public sealed record CheckRequest(string Operation, DateInterval Period, int Add = 0, string? Task = null,
    string? Area = null, int? Strength = null, CeilingExceptionKind? Exception = null);

/// <summary>The answer: the law's decision on the request, with every finding and its citations.</summary>
public sealed record CheckResult(DeploymentRequest Request, Decision Decision)
{
    /// <summary>What the exception clause the request relies on leaves above the ceiling; null for none.</summary>
    public ClauseRoom? Clause { get; init; }
}

/// <summary>
/// Asks the law whether a deployment may go ahead (docs/architecture.md): the seven findings and the headroom,
/// against the ledger's strength or a strength the caller supposes. A refusal is an answer, not a problem.
/// </summary>
public static class CheckDeployment
{
    public static CheckResult Run(Session session, CheckRequest request)
    {
        // Only now the store is opened (and, on first use, filled): the request's own values were checked by the host.
        // The law for this one operation: the store's record parsed only as far as the question needs.
        var (law, authoriser) = session.Law.For(request.Operation);
        var operation = Input.Operation(law, request.Operation);
        if (request.Task is { } task) Input.Listed(operation, "task", task, m => m.Tasks);
        if (request.Area is { } area) Input.Listed(operation, "area", area, m => m.Areas);
        var asked = new DeploymentRequest(operation.Id, request.Period, request.Add)
        {
            Task = request.Task, Area = request.Area, Exception = request.Exception,
        };
        IStrength current = request.Strength is { } n ? new ConstantStrength(n)
            : session.Store.State(session.Caller).StrengthOf(operation.Id);
        var decision = authoriser.Authorise(asked, current);
        return new CheckResult(asked, decision)
        {
            Clause = ClauseRoom.Of(operation, decision, request.Exception, current),
        };
    }
}
