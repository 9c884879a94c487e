using Mandates.Core.Law;
using Mandates.Core.Problems;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.UseCases;

/// <summary>
/// The terms a new motion takes over: those of the mandate the Bundestag last consented to (tasks, areas,
/// capabilities, legal bases, ceiling exceptions, the official it empowers, its ceiling unless the motion
/// states one), each kept with the source it came from but marked unconfirmed for the new mandate, with a
/// note, until someone checks them against the new motion's text.
/// </summary>
internal static class MotionTerms
{
    /// <summary>The mandate whose terms a new motion of <paramref name="operation"/> takes over.</summary>
    public static Mandate Previous(Operation operation) =>
        // The terms a motion takes over are those the Bundestag last consented to, not a rejected motion's.
        Rules.Chain.LastConsentedTo(operation) ?? operation.Mandates.LastOrDefault()
        ?? throw new ProblemException(Saying("operation", operation.Id.Value,
            $"'{operation.Id}' has no mandate to take terms from; add its first mandate to the record file."));

    /// <summary>The new mandate the motion puts: <paramref name="previous"/>'s terms, and what it states.</summary>
    public static Mandate TakenOver(Mandate previous, RecordMotionRequest request)
    {
        var provenance = new Provenance(request.Source);
        var taken = $"from {previous.Name} when the motion {request.Document} was recorded";
        // Terms taken over keep the source they came from, but that source speaks of the previous mandate:
        // until someone checks the new motion's text they are unconfirmed for this one, and say so (the
        // previous source's note spoke of its own mandate).
        var unconfirmed = $"Taken over {taken}; check it against that motion's text.";
        Provenance Kept(Provenance own) => new(own.Resolve(previous.Source).Reference, false, unconfirmed);
        return previous with
        {
            Tasks = previous.Tasks.Select(t => t with { Provenance = Kept(t.Provenance) }).ToValueList(),
            Areas = previous.Areas.Select(a => a with { Provenance = Kept(a.Provenance) }).ToValueList(),
            Capabilities = previous.Capabilities.Select(c => c with { Provenance = Kept(c.Provenance) }).ToValueList(),
            CeilingExceptions = previous.CeilingExceptions
                .Select(e => e with { Provenance = Kept(e.Provenance) }).ToValueList(),
            AuthorisedOfficial = previous.AuthorisedOfficial is { } official
                ? official with { Provenance = Kept(official.Provenance) } : null,
            // The mission, the planned duration, the legal bases and the acts it lasts as long as have no source
            // of their own in a record: they take the mandate's, which is unconfirmed for them until checked.
            Id = request.Mandate, Procedure = request.Procedure, IsExtension = request.Extension,
            Source = new Source(request.Source, false, "The mission, the planned duration, the legal bases and the "
                + $"acts it lasts as long as were taken over {taken}; check them against that motion's text."),
            Cabinet = null, Committee = null, Objection = null, Vote = null, Revocation = null, Costs = null,
            // What the clerk states, from the source given.
            Motion = new Motion(request.Document) { Distributed = request.Distributed, Provenance = provenance },
            Start = request.Start is { } first ? new DatedFact(first, provenance) : null,
            // Without an end, open as the previous mandate (a time-limited one is refused by the use case).
            End = request.End is { } last ? new DatedFact(last, provenance) : null,
            // The previous motion's words on its duration describe its own end: they hold only for the same
            // (open) end.
            PlannedDuration = request.End is null && previous.End is null ? previous.PlannedDuration : null,
            Ceiling = request.Ceiling is { } given ? given with { Provenance = provenance }
                : previous.Ceiling with { Provenance = Kept(previous.Ceiling.Provenance) },
        };
    }
}
