using Mandates.Core.Ledger;
using Mandates.Core.Law;
using Mandates.Core.Problems;
using Mandates.Core.Records;
using NodaTime;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.UseCases;

/// <summary>A legal act is extended or terminated, as decided on a day.</summary>
/// <param name="Act">The legal act's id as given (any case), e.g. unscr-1244.</param>
/// <param name="Date">The day the change was decided.</param>
/// <param name="Change">Extended or terminated.</param>
/// <param name="Until">The act's new last day in force (inclusive); null for an open-ended extension.</param>
/// <param name="Source">The document this fact comes from: a link or a citation.</param>
/// <param name="Document">The decision's document, e.g. S/RES/9999 (2026), if any.</param>
public sealed record RecordActChangeRequest(string Act, LocalDate Date, ValidityChangeKind Change, LocalDate? Until,
    string Source, string? Document = null)
{
    /// <summary>The client's idempotency key for this request, if it named one (see <see
    /// cref="RecordKey"/>).</summary>
    public RecordKey? Key { get; init; }
}

/// <summary>Records a change to a legal act's validity; the same change twice is refused.</summary>
public static class RecordActChange
{
    public static RecordResult Run(Session session, RecordActChangeRequest request)
    {
        var word = RecordLoader.Word(RecordLoader.ChangeKinds, request.Change);
        if (request is { Change: ValidityChangeKind.Terminated, Until: null })
            throw new ProblemException(Saying("until", "open",
                $"a termination needs the act's last day in force, e.g. 2026-06-30."));
        var day = RecordDecision.Decided(session, "date", request.Date);
        var validity = new ValidityChange(day, request.Change, request.Until)
        {
            Document = request.Document,
            Provenance = new Provenance(request.Source),
        };
        return RecordDecision.Apply(session, "act-change", record =>
        {
            var act = record.LegalActs
                .FirstOrDefault(a => a.Id.Value.Equals(request.Act, StringComparison.OrdinalIgnoreCase))
                ?? throw new ProblemException(Saying("act", request.Act, Join($"'{Shown(request.Act)}' is not in the ",
                    $"record; known acts: {string.Join(", ", record.LegalActs.Select(a => a.Id))}.")));
            // The same decision recorded again (a retry) would be a second change that changes nothing.
            if (act.Changes.Contains(validity))
                throw new ProblemException(Saying("act", request.Act, Join(
                    $"{act.Short} already has this change ({Days.Format(validity.Date)}, {word}, ",
                    $"until {(request.Until is { } l ? Days.Format(l) : "open")}); nothing was written.")));
            RecordDecision.Refuse(act.ContradictionsOf(validity),
                new() { ["date"] = "date", ["until"] = "until" }, act.Short);
            return new DecisionChange(RecordChanges.WithActChange(record, act.Id, validity),
                $"change to {act.Short} ({word})");
        }, request.Key);
    }
}
