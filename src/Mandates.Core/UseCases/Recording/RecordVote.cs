using Mandates.Core.Ledger;
using Mandates.Core.Law;
using Mandates.Core.Problems;
using NodaTime;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.UseCases;

/// <summary>The Bundestag's plenary vote on a motion.</summary>
/// <param name="Mandate">The mandate the motion puts, by its id (any case).</param>
/// <param name="Date">The day of the vote.</param>
/// <param name="Result">Adopted or rejected.</param>
/// <param name="Source">The document this fact comes from: a link or a citation.</param>
/// <param name="Yes">Votes for; the counts are given all three or none.</param>
/// <param name="No">Votes against.</param>
/// <param name="Abstentions">Abstentions.</param>
/// <param name="RollCall">A recorded (roll-call) vote.</param>
public sealed record RecordVoteRequest(string Mandate, LocalDate Date, VoteResult Result, string Source,
    int? Yes = null, int? No = null, int? Abstentions = null, bool RollCall = false)
{
    /// <summary>The client's idempotency key for this request, if it named one (see <see
    /// cref="RecordKey"/>).</summary>
    public RecordKey? Key { get; init; }
}

/// <summary>Records a plenary vote; the Bundestag votes once on a motion.</summary>
public static class RecordVote
{
    public static RecordResult Run(Session session, RecordVoteRequest request)
    {
        int?[] counts = [request.Yes, request.No, request.Abstentions];
        if (counts.Any(c => c is null) && counts.Any(c => c is not null))
            throw new ProblemException(General(Join($"{Named("yes")}/{Named("no")}/{Named("abstentions")}: ",
                $"give all three counts or none, e.g. ",
                $"{Named("yes")} 391 {Named("no")} 189 {Named("abstentions")} 2.")));
        if (request.Yes + request.No + request.Abstentions is > PlenaryVote.MostMembers and var all)
            throw new ProblemException(General(Join($"{Named("yes")}/{Named("no")}/{Named("abstentions")}: ",
                $"{all:N0} votes in all; expected the counts of at most ",
                $"{PlenaryVote.MostMembers:N0} members together, ",
                $"e.g. {Named("yes")} 391 {Named("no")} 189 {Named("abstentions")} 2.")));
        var vote = new PlenaryVote(RecordDecision.Decided(session, "date", request.Date), request.Result)
        {
            Yes = request.Yes,
            No = request.No,
            Abstentions = request.Abstentions,
            RollCall = request.RollCall,
            Provenance = new Provenance(request.Source),
        };
        return RecordDecision.Apply(session, "vote", record =>
        {
            var m = Input.Mandate(record, "mandate", request.Mandate);
            if (m.Vote is { } earlier)
                throw new ProblemException(Saying("mandate", request.Mandate,
                    Join($"{m.Name} already has a vote ({Days.Format(earlier.Date)}); ",
                        $"the Bundestag votes once on a motion.")));
            var changed = RecordDecision.Lawful(m with { Vote = vote },
                new() { ["vote.date"] = "date", ["vote.result"] = "result" });
            return new DecisionChange(RecordChanges.WithMandate(record, m.Id, _ => changed), $"vote on {m.Id}");
        }, request.Key);
    }
}
