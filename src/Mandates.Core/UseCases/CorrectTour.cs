using Mandates.Core.Access;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.UseCases.Users;

namespace Mandates.Core.UseCases;

/// <summary>
/// Corrects a tour recorded wrongly (<see cref="CorrectTourRequest"/>): a new entry supersedes it, nothing is
/// updated or deleted. The corrected tour must be lawful on every day it adds; giving days up always is.
/// </summary>
public static class CorrectTour
{
    public static WriteResult Run(Session session, CorrectTourRequest request)
    {
        // Before the store is opened (and, on first use, filled): bad input writes nothing at all.
        if (request.Cancel && (request.From is not null || request.Until is not null || !request.KeepUntil))
            throw new ProblemException(Problem.Saying("cancel", null,
                $"a cancelled tour has no days; expected {Problem.Named("cancel")} alone, or the corrected days."));
        if (!request.Cancel && request.From is null && request.KeepUntil)
            throw new ProblemException(Problem.Saying("cancel", null, Problem.Join(
                $"nothing to correct given; expected the tour's corrected {Problem.Named("from")} ",
                $"or {Problem.Named("until")}, or {Problem.Named("cancel")}.")));
        if (request.From is { } first) Input.Covered("from", first);
        if (request.Until is { } last) Input.Covered("until", last);
        Permission.Demand(session, Act.RecordTours);
        return new WriteResult(session.Ledger().Correct(request));
    }
}
