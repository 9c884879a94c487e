using Mandates.Core.Law;
using Mandates.Core.Problems;
using Mandates.Core.Rules;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>"Where does every operation stand on this day?"</summary>
/// <param name="Search">Only the operations this text finds (see <see cref="OperationSearch"/>); null for all.</param>
public sealed record ListRequest(LocalDate Day, string? Search = null);

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

    /// <summary>A participation that needs no consent (unarmed observers) covering the day; else null.</summary>
    public ParticipationWithoutMandate? WithoutMandate { get; init; }
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
        if (request.Search is { } search && OperationSearch.Folded(search).Length == 0)
            throw new ProblemException(Problem.Saying("search", search, Problem.Join(
                $"'{Problem.Shown(search)}' has no letter or digit to search for; expected a word of an operation's id, ",
                $"name, other names, lead or areas, e.g. kosovo.")));
        var found = request.Search is { } text
            ? record.Operations.Where(op => OperationSearch.Matches(op, text))
            : record.Operations;
        return new ListResult(day, [.. found.Select(op =>
        {
            var (upcoming, before) = ListDeadlines.AsSeenOn(record, op, day);
            var decision = authoriser.Authorise(DeploymentRequest.On(op.Id, day, 0), ConstantStrength.None);
            var unconsented = op.DeploymentsWithoutConsent;
            return new OperationStatus(op, decision,
                Standing.Of(record, op, day), upcoming.FirstOrDefault() ?? before.LastOrDefault())
            {
                WithoutConsent = unconsented.FirstOrDefault(d => d.Covers(day)) ?? (op.Mandates.Count > 0 ? null
                    : unconsented.LastOrDefault(d => d.To < day) ?? unconsented.FirstOrDefault()),
                WithoutMandate = op.ParticipationWithoutMandate.FirstOrDefault(p => p.Covers(day)),
            };
        })]);
    }
}
