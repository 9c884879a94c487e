using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>What the arguments' fuzz test found, each kept as a test of its own.</summary>
public class ArgumentFindingsTests
{
    /// <summary>
    /// Found by the fuzz test: with --help the parser reports no error, and reading an option given twice then
    /// threw (an unhandled exception, exit 134).
    /// </summary>
    [Fact]
    public void Help_answers_whatever_else_was_typed_twice()
    {
        var run = Cli.Invoke("record", "vote", "--help", "--user", "a", "--user", "b");
        Assert.Equal(0, run.Exit);
        Assert.Contains("Usage:", run.Out);
    }

    /// <summary>
    /// Found with the one above: --json given twice with values threw before the parser's errors were said.
    /// </summary>
    [Theory]
    [InlineData("list", "--help", "--json", "true", "--json", "false")]
    [InlineData("--version", "--json", "true", "--json", "false")]
    public void Json_given_twice_with_values_is_bad_input_said_as_json_not_a_crash(params string[] args)
    {
        var run = Cli.Invoke(args);
        Assert.Equal(2, run.Exit);
        Assert.Contains("\"kind\": \"bad-input\"", run.Out);
    }
}
