using Mandates.Core.Law;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests;

/// <summary>Two rules deciding one question with no declared precedence is an error, never a silent choice.</summary>
public class ConflictTests
{
    [Fact]
    public void Resolving_two_applicable_rules_without_declared_precedence_is_a_conflict()
    {
        var precedence = new Precedence([]);
        var e = Assert.Throws<RuleConflictException>(() =>
            precedence.Resolve("the test question", [("rule A", 1), ("rule B", 2)], x => x));
        Assert.Equal(["rule A", "rule B"], e.Rules);
        Assert.Contains("the test question", e.Message);
    }

    [Fact]
    public void A_declared_precedence_decides()
    {
        var precedence = new Precedence([("rule A", "rule B")]);
        Assert.Equal(1, precedence.Resolve("q", [("rule B", 2), ("rule A", 1)], x => x));
    }

    [Fact]
    public void Rules_that_agree_need_no_precedence() =>
        Assert.Equal("first", new Precedence([]).Resolve("q", [("rule A", "first"), ("rule B", "second")], _ => "same answer"));

    [Fact]
    public void Consent_deemed_given_and_then_voted_agrees_without_its_declared_precedence()
    {
        // A simplified motion: deemed approved on the 8th day, then also adopted in plenary. Both rules
        // say consent is in force, with different reasons: that is agreement, not a conflict.
        var record = Record("""
            id: OP
            name: Deemed, then voted
            lead: UN
            source: test
            mandates:
              - id: OP-1
                procedure: simplified
                source: test
                motion: {document: Drucksache 99/1, distributed: 2025-03-01}
                vote: {date: 2025-03-20, result: adopted}
                end: open
                ceiling: 10
            """);
        var stripped = Precedence.Declared.Without(Precedence.Names.PlenaryVote, Precedence.Names.DeemedConsent);
        var decision = new Authoriser(record, stripped).Authorise(DeploymentRequest.On(new OperationId("OP"), new LocalDate(2025, 4, 1), 1), ConstantStrength.None);
        Assert.True(decision.Authorised);
    }

    /// <summary>
    /// A cycle in the precedence graph (an edge from each stronger rule to the rules it prevails over), as
    /// the rules along it with the first repeated at the end; null if there is none. A depth-first search:
    /// a rule met again while its own descendants are still being visited closes a cycle, of any length.
    /// </summary>
    private static List<string>? Cycle(IEnumerable<(string Stronger, string Weaker)> pairs)
    {
        var weaker = pairs.ToLookup(p => p.Stronger, p => p.Weaker);
        var done = new HashSet<string>();
        var path = new List<string>();

        List<string>? From(string rule)
        {
            if (path.IndexOf(rule) is var at and >= 0) return [.. path[at..], rule];
            if (!done.Add(rule)) return null;
            path.Add(rule);
            foreach (var next in weaker[rule])
                if (From(next) is { } cycle) return cycle;
            path.RemoveAt(path.Count - 1);
            return null;
        }

        return weaker.Select(g => From(g.Key)).FirstOrDefault(c => c is not null);
    }

    [Fact]
    public void The_declared_precedence_is_acyclic()
    {
        var cycle = Cycle(Precedence.Declared.Pairs);
        Assert.True(cycle is null, $"the declared precedence has a cycle: {string.Join(" > ", cycle ?? [])}");
    }

    [Fact]
    public void A_cycle_of_any_length_in_a_precedence_is_found()
    {
        Assert.Equal(["a", "b", "c", "a"], Cycle([("a", "b"), ("b", "c"), ("c", "a")]));
        Assert.Equal(["b", "c", "d", "e", "b"], Cycle([("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "b")]));
        Assert.Equal(["a", "a"], Cycle([("a", "a")]));
        // Two paths to one rule are no cycle.
        Assert.Null(Cycle([("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]));
        // Nor is a rule reached again from another start, once its descendants are known to close none.
        Assert.Null(Cycle([("c", "d"), ("a", "b"), ("b", "c"), ("e", "c")]));
    }

    private const string PendingExtension = """
        id: OP
        name: An operation whose extension is pending
        lead: EU
        source: test
        mandates:
          - id: OP-1
            procedure: regular
            source: test
            vote: {date: 2025-01-10, result: adopted}
            end: 2025-05-31
            ceiling: 100
          - id: OP-2
            procedure: regular
            extension: true
            source: test
            motion: {document: Drucksache 99/9, distributed: 2025-05-30}
            end: 2026-05-31
            ceiling: 100
        """;

    private const string Calendar = """
        source: test
        weeks:
          - {from: 2025-05-26, to: 2025-05-30, sitting-days: [2025-05-28, 2025-05-29, 2025-05-30]}
          - {from: 2025-06-02, to: 2025-06-06, sitting-days: [2025-06-04, 2025-06-05, 2025-06-06]}
        """;

    private static LegalRecord Record(string operation) =>
        RecordLoader.Load([new RecordFile("operations/op.yaml", operation), new RecordFile("sitting-calendar.yaml", Calendar)]).Record
        ?? throw new InvalidOperationException("the test record does not load");

    [Fact]
    public void Without_its_declared_precedence_the_pending_extension_conflicts_with_the_old_end_date()
    {
        var record = Record(PendingExtension);
        var request = DeploymentRequest.On(new OperationId("OP"), new LocalDate(2025, 6, 2), 1);

        var declared = new Authoriser(record).Authorise(request, ConstantStrength.None);
        Assert.True(declared.Authorised, string.Join("\n", declared.Findings.Select(f => f.Reason)));
        Assert.Contains("§ 7(2)", declared.For(Rulebook.EndDate).Reason);

        var stripped = Precedence.Declared.Without(Precedence.Names.ExtensionPending, Precedence.Names.OwnEndDate);
        var e = Assert.Throws<RuleConflictException>(() => new Authoriser(record, stripped).Authorise(request, ConstantStrength.None));
        Assert.Contains(Precedence.Names.ExtensionPending, e.Rules);
        Assert.Contains(Precedence.Names.OwnEndDate, e.Rules);
    }

    [Fact]
    public void Two_mandates_of_one_operation_beginning_the_same_day_are_a_conflict()
    {
        var record = Record("""
            id: OP
            name: Two consents on one day
            lead: UN
            source: test
            mandates:
              - id: OP-A
                procedure: regular
                source: test
                vote: {date: 2025-03-01, result: adopted}
                end: open
                ceiling: 100
              - id: OP-B
                procedure: regular
                source: test
                vote: {date: 2025-03-01, result: adopted}
                end: open
                ceiling: 200
            """);
        var e = Assert.Throws<RuleConflictException>(() =>
            new Authoriser(record).Authorise(DeploymentRequest.On(new OperationId("OP"), new LocalDate(2025, 3, 2), 150), ConstantStrength.None));
        Assert.Equal(["OP-A", "OP-B"], e.Rules);
        // The day before either begins there is nothing to conflict about.
        var before = new Authoriser(record).Authorise(DeploymentRequest.On(new OperationId("OP"), new LocalDate(2025, 2, 28), 1), ConstantStrength.None);
        Assert.False(before.Authorised);
    }
}
