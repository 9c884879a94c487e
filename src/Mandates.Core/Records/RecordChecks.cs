using System.Text.RegularExpressions;
using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Records;

/// <summary>
/// What a clerk checks across a record that loads, beyond what the loader refuses: facts that can each stand
/// alone but not together. Each problem names file, line and field as the loader's do.
/// </summary>
/// <remarks>
/// Every value has a source by the format itself: the loader requires a <c>source</c> of every legal act,
/// operation, mandate and of the calendar, and every block inside takes its enclosing block's. What is checked
/// here instead is that a value marked <c>verified: false</c> says why in a <c>note</c> (the format asks for it).
/// </remarks>
public static partial class RecordChecks
{
    public static IReadOnlyList<LoadError> Of(LegalRecord record, IReadOnlyList<RecordFile> files)
    {
        var places = new RecordPlaces(files);
        var problems = new List<LoadError>();
        var motions = new Dictionary<string, (Operation Operation, Mandate Mandate, int Index)>();
        foreach (var operation in record.Operations)
        {
            var mandates = operation.Mandates;
            for (var i = 0; i < mandates.Count; i++)
            {
                var mandate = mandates[i];
                var at = $"mandates[{i}]";
                ClaimsOfTheSameDay(operation, i, places, problems);
                if (mandate.Motion is { } motion)
                {
                    var document = Normalised(motion.Document);
                    if (motions.TryGetValue(document, out var first))
                    {
                        var there = places.Problem(first.Operation.Id, $"mandates[{first.Index}].motion.document", null, "");
                        problems.Add(places.Problem(operation.Id, $"{at}.motion.document", motion.Document,
                            $"a printed paper of this motion alone: {first.Mandate.Id} ({there.File}:{there.Line}) "
                            + "already names it; one motion is one Bundestag decision, one mandate"));
                    }
                    else motions.Add(document, (operation, mandate, i));
                }
                RequiredActsInForce(record, operation, mandate, at, places, problems);
                UnverifiedWithoutNote(operation, mandate, at, places, problems);
            }
        }
        return [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)];
    }

    /// <summary>
    /// Two mandates of an operation whose consent begins on the same day: the chain cannot say which replaces the
    /// other, so both would claim the days after it. Reported at the later one in the file. Mandates listed out of
    /// order (the format lists them oldest first) are reported too: a reader of the file takes the later one as
    /// the one that replaced.
    /// </summary>
    private static void ClaimsOfTheSameDay(Operation operation, int index, RecordPlaces places, List<LoadError> problems)
    {
        var mandate = operation.Mandates[index];
        if (Begins(mandate) is not { } begins) return;
        var field = BeginsField(mandate, index);
        Mandate? latest = null;
        for (var j = 0; j < index; j++)
        {
            var earlier = operation.Mandates[j];
            if (Begins(earlier) is not { } before) continue;
            if (before == begins)
                problems.Add(places.Problem(operation.Id, field, Days.Format(begins),
                    $"a day no other mandate of {operation.Id} begins consent on: {earlier.Id} begins it that day too, "
                    + "so both would claim the days after it and neither replaces the other (state the later one's start)"));
            else if (before > begins && (latest is null || before > Begins(latest))) latest = earlier;
        }
        // Once, against the earlier-listed mandate that begins last: one misplaced mandate is one problem.
        if (latest is not null)
            problems.Add(places.Problem(operation.Id, field, Days.Format(begins),
                $"a day on or after {Days.Format(Begins(latest)!.Value)}, when the consent of {latest.Id}, listed "
                + "before it, begins: the mandates of an operation are listed oldest first, each replacing the one before"));
    }

    /// <summary>The day a mandate's consent begins, for a mandate that is a link of the chain (not a rejected § 5
    /// approval).</summary>
    private static LocalDate? Begins(Mandate m) =>
        m is { Procedure: Procedure.SubsequentApproval, Vote.Result: VoteResult.Rejected } ? null : m.ConsentBegins;

    private static string BeginsField(Mandate m, int index) => $"mandates[{index}]." + (
        m.Start is { } s && s.Date == m.ConsentBegins ? "start"
        : m.Procedure == Procedure.Simplified && m.Vote is null ? "motion.distributed"
        : "vote.date");

    /// <summary>
    /// A mandate that lasts "as long as" a legal act, beginning consent on a day that act is not in force: it would
    /// authorise nothing until the act is (the act's dates, or the mandate's, are wrong).
    /// </summary>
    private static void RequiredActsInForce(LegalRecord record, Operation operation, Mandate mandate, string at,
        RecordPlaces places, List<LoadError> problems)
    {
        if (Begins(mandate) is not { } begins) return;
        for (var k = 0; k < mandate.Requires.Count; k++)
        {
            var act = record.Act(mandate.Requires[k]);
            if (act.IsInForceOn(begins)) continue;
            var intervals = string.Join(", ", act.InForceIntervals.Select(d =>
                $"{Days.Format(d.Start)} to {(d.End == LocalDate.MaxIsoValue ? "open" : Days.Format(d.End))}"));
            problems.Add(places.Problem(operation.Id, $"{at}.requires[{k}]", act.Id.Value,
                $"a legal act in force on {Days.Format(begins)}, when the consent of {mandate.Id} begins "
                + $"(it lasts only as long as the act; {act.Short} is in force {(intervals.Length == 0 ? "on no day" : intervals)})"));
        }
    }

    private static void UnverifiedWithoutNote(Operation operation, Mandate m, string at, RecordPlaces places,
        List<LoadError> problems)
    {
        void Check(string field, Provenance provenance)
        {
            if (provenance.Verified == false && provenance.Note is null) Missing(field);
        }
        void Missing(string field) => problems.Add(places.Problem(operation.Id, $"{at}{field}", null,
            "a note saying what is uncertain beside 'verified: false' (docs/record-format.md)"));
        if (!m.Source.Verified && m.Source.Note is null) Missing("");
        if (m.Cabinet is { } c) Check(".cabinet", c.Provenance);
        if (m.Motion is { } motion) Check(".motion", motion.Provenance);
        if (m.Committee is { } committee) Check(".committee", committee.Provenance);
        if (m.Vote is { } vote) Check(".vote", vote.Provenance);
        if (m.Start is { } start) Check(".start", start.Provenance);
        if (m.End is { } end) Check(".end", end.Provenance);
        Check(".ceiling", m.Ceiling.Provenance);
        for (var i = 0; i < m.Tasks.Count; i++) Check($".tasks[{i}]", m.Tasks[i].Provenance);
        for (var i = 0; i < m.Areas.Count; i++) Check($".areas[{i}]", m.Areas[i].Provenance);
        if (m.Costs is { } costs) Check(".costs", costs.Provenance);
    }

    /// <summary>A printed paper's number as compared: "Drucksache 21/230" and "drucksache  21/230" are one
    /// paper.</summary>
    private static string Normalised(string document) => Spaces().Replace(document.Trim(), " ").ToUpperInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
