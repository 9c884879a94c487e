using Mandates.Core.Dip;
using Mandates.Core.Problems;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.UseCases;

/// <summary>DIP files to bring into the store's record.</summary>
/// <param name="Files">The files, as read by the host, in the order given.</param>
public sealed record ImportDipRequest(IReadOnlyList<DipFile> Files);

/// <summary>What importing DIP files found and changed.</summary>
/// <param name="Read">What the files say.</param>
/// <param name="Changes">The facts of the record changed, in the order the files gave them.</param>
/// <param name="Recorded">
/// What was written, as a decision recorded writes it; null where nothing changed (the record held it all).
/// </param>
public sealed record ImportDipResult(DipRead Read, IReadOnlyList<DipChange> Changes, RecordResult? Recorded);

/// <summary>
/// Brings DIP's documentation of motions and plenary decisions into the record: each matched to a mandate by
/// the Drucksache number the record holds, written as <c>record</c> writes a decision (the changed record
/// file a new entry superseding the old), the DIP document the facts' source. All files or nothing: any
/// problem in any file, or a fact the record cannot take, writes nothing.
/// </summary>
public static class ImportDip
{
    public static ImportDipResult Run(Session session, ImportDipRequest request)
    {
        if (request.Files.Count == 0)
            throw new ProblemException(Saying("files", null, $"missing; expected one or more DIP JSON files."));
        var read = DipReader.Read(request.Files);
        // A decision is recorded once taken (as `record` holds it): a later day is a typo, or DIP's plan.
        foreach (var motion in read.Motions)
            if (motion.Distributed is { } day) RecordDecision.Decided(session, motion.DistributedAt, day);
        foreach (var decision in read.Decisions) RecordDecision.Decided(session, decision.DateAt, decision.Date);
        // Every fact is matched and checked on the law as it stands before anything is written; none to change,
        // nothing is written.
        if (DipChanges.Make(session.Law.Record(), read).Changes.Count == 0) return new(read, [], null);
        IReadOnlyList<DipChange> changes = [];
        var recorded = RecordDecision.Apply(session, "dip-import", record =>
        {
            // Made again on the law as it then stands, if another writer changed it meanwhile.
            var made = DipChanges.Make(record, read);
            changes = made.Changes;
            var mandates = string.Join(", ", changes.Select(c => c.Mandate).Distinct());
            return new DecisionChange(made.Record, $"{Count(changes.Count)} from DIP to {mandates}");
        });
        return new(read, changes, recorded);
    }

    private static string Count(int changes) => changes == 1 ? "1 change" : $"{changes} changes";
}
