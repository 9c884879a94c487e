using Mandates.Core.Rules;
using Xunit;

namespace Mandates.Core.Tests.Scenarios;

/// <summary>Runs every legal scenario in this folder: the decision, the rules met and not met, the reasons and the citations.</summary>
public class ScenarioTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in ScenarioFiles.All()) data.Add(scenario.ToString());
        return data;
    }

    private static readonly Lazy<Dictionary<string, Scenario>> byName =
        new(() => ScenarioFiles.All().ToDictionary(s => s.ToString()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario_gives_the_expected_decision(string name)
    {
        var scenario = byName.Value[name];
        var authoriser = new Authoriser(scenario.Record);
        var strength = new ConstantStrength(scenario.Strength);
        if (scenario.Conflict)
        {
            Assert.Throws<RuleConflictException>(() => authoriser.Authorise(scenario.Request, strength));
            return;
        }
        var decision = authoriser.Authorise(scenario.Request, strength);
        var summary = string.Join("\n", decision.Findings.Select(f => $"{f.RuleId}: {f.Outcome}: {f.Reason}"));
        if (scenario.Authorised is { } authorised)
            Assert.True(authorised == decision.Authorised, $"expected authorised={authorised}\n{summary}");
        var notMet = decision.Findings.Where(f => f.Outcome == Outcome.NotMet).Select(f => f.RuleId).ToList();
        Assert.True(scenario.NotMet.Order().SequenceEqual(notMet.Order()),
            $"expected not met [{string.Join(", ", scenario.NotMet)}], got [{string.Join(", ", notMet)}]\n{summary}");
        foreach (var rule in scenario.Met)
            Assert.True(decision.Findings.Single(f => f.RuleId == rule).Outcome == Outcome.Met, $"expected {rule} met\n{summary}");
        foreach (var rule in scenario.NotApplicable)
            Assert.True(decision.Findings.Single(f => f.RuleId == rule).Outcome == Outcome.NotApplicable, $"expected {rule} not applicable\n{summary}");
        var reasons = string.Join("\n", decision.Findings.Select(f => f.Reason));
        foreach (var text in scenario.ReasonContains)
            Assert.True(reasons.Contains(text, StringComparison.Ordinal), $"expected a reason containing '{text}'\n{summary}");
        var citations = string.Join("\n", decision.Findings.SelectMany(f => f.Citations).Select(c => c.ToString()));
        foreach (var text in scenario.Cited)
            Assert.True(citations.Contains(text, StringComparison.Ordinal), $"expected a citation containing '{text}'\n{citations}");
    }

    [Fact]
    public void There_are_at_least_forty_scenarios_covering_every_rule()
    {
        var all = ScenarioFiles.All();
        Assert.True(all.Count >= 40, $"only {all.Count} scenarios");
        foreach (var rule in Rulebook.All)
            Assert.Contains(all, s => s.NotMet.Contains(rule.Id));
    }
}
