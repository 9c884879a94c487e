using Mandates.Core.Records;
using Xunit;

namespace Mandates.Core.Tests.Fuzz;

/// <summary>What the fuzz tests found, each kept as a test of its own.</summary>
public class FuzzFindingsTests
{
    private const string Act = RecordFixtures.Unscr1244;

    private static LoadError OnlyError(string text)
    {
        var result = RecordLoader.Load([new RecordFile("legal-acts/unscr-1244.yaml", text)]);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors);
    }

    /// <summary>
    /// Found by the loader's fuzz test: nine lines that stand for a billion values were walked for ever.
    /// </summary>
    [Fact]
    public void Anchors_whose_aliases_multiply_into_a_billion_values_are_refused_at_the_alias_that_goes_too_far()
    {
        var bomb = string.Join("\n", Enumerable.Range(1, 9).Select(i =>
            $"lol{i}: &lol{i} [{string.Join(", ", Enumerable.Repeat($"*lol{i - 1}", 10))}]"));
        var error = OnlyError(Act + "\nlol0: &lol0 [\"lol\"]\n" + bomb + "\n");
        Assert.Equal("legal-acts/unscr-1244.yaml", error.File);
        Assert.Equal(14, error.Line); // lol6, whose aliases take the count past a million
        Assert.Equal("(yaml)", error.Field);
        Assert.Contains(
            "anchors and aliases that stand for more than 1,000,000 values, far more than a record file holds",
            error.Expected);
    }

    [Fact]
    public void An_alias_inside_the_value_it_names_is_refused_as_a_cycle()
    {
        var error = OnlyError(Act + "\nnote: &self [a, *self]\n");
        Assert.Equal(8, error.Line);
        Assert.Contains("the alias *self inside the value it names (a cycle)", error.Expected);
    }

    [Fact]
    public void An_alias_that_stands_for_a_few_values_loads_like_the_values_spelled_out()
    {
        var text = Act.Replace("short: UNSCR 1244", "short: &short UNSCR 1244")
            .Replace("title: United Nations Security Council Resolution 1244 (1999)", "title: *short");
        var result = RecordLoader.Load([new RecordFile("legal-acts/unscr-1244.yaml", text)]);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("UNSCR 1244", result.Record!.LegalActs.Single().Title);
    }
}
