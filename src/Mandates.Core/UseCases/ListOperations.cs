using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"Where does every operation stand on this day?"</summary>
public sealed record ListRequest(LocalDate Day);

/// <summary>One operation on the day.</summary>
/// <param name="Decision">The law's answer to "may anyone serve that day?" (nobody added): authorised, or why
/// not.</param>
/// <param name="Standing">Whether its authorisation has begun, holds or has ended, and the mandate governing.</param>
/// <param name="Next">
/// The next deadline: the first still to come; only where none is, the latest word on one past (an overdue
/// resubmission, a rejected one), so that a past note never hides a limit to come. Null where there is none.
/// </param>
public sealed record OperationStatus(Operation Operation, Decision Decision, Standing Standing, Deadline? Next)
{
    /// <summary>The mandate whose terms hold that day: the governing one while it is current, else none.</summary>
    public Mandate? Current => Standing.Phase == Phase.Current ? Standing.Governing : null;

    /// <summary>
    /// A deployment made without consent that the day falls in; for an operation without mandates, the one
    /// nearest before the day (else the first). Null where there is none.
    /// </summary>
    public DeploymentWithoutConsent? WithoutConsent { get; init; }
}

/// <summary>The answer: every operation the record holds, in its order.</summary>
public sealed record ListResult(LocalDate Day, IReadOnlyList<OperationStatus> Operations);

/// <summary>
/// Every operation's status on a day: authorised or why not, the mandate governing, its ceiling, the next deadline.
/// </summary>
public static class ListOperations
{
    public static ListResult Run(Session session, ListRequest request)
    {
        var record = session.Law.Record();
        var authoriser = session.Law.Authoriser();
        var day = request.Day;
        return new ListResult(day, [.. record.Operations.Select(op =>
        {
            var (upcoming, before) = ListDeadlines.AsSeenOn(record, op, day);
            var decision = authoriser.Authorise(DeploymentRequest.On(op.Id, day, 0), ConstantStrength.None);
            var unconsented = op.DeploymentsWithoutConsent;
            return new OperationStatus(op, decision,
                Standing.Of(record, op, day), upcoming.FirstOrDefault() ?? before.LastOrDefault())
            {
                WithoutConsent = unconsented.FirstOrDefault(d => d.Covers(day)) ?? (op.Mandates.Count > 0 ? null
                    : unconsented.LastOrDefault(d => d.To < day) ?? unconsented.FirstOrDefault()),
            };
        })]);
    }
}
