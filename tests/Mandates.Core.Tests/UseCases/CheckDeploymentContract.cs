using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// <see cref="CheckDeployment"/> without a command line, on a store that does not exist yet: written once,
/// run on the in-memory store here and on SQLite and PostgreSQL in the storage tests.
/// </summary>
public abstract class CheckDeploymentContract
{
    /// <summary>A store not created yet, and whether it exists now (a test reads this after the use case).</summary>
    protected abstract (IStoreOpener Opener, Func<bool> Exists) NewStore();

    private static readonly DateInterval July1 = new(new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 1));

    [Fact]
    public void An_authorised_request_answers_and_the_first_use_fills_the_store_with_the_bundled_record()
    {
        var (opener, exists) = NewStore();
        var notes = new List<string>();
        using var session = Sessions.Over(opener, notes);
        var answer = CheckDeployment.Run(session, new CheckRequest("kfor", July1, 50, "reconnaissance"));
        Assert.True(answer.Decision.Authorised);
        Assert.Equal(400, answer.Decision.Headroom);
        Assert.Equal(["KFOR-2025"], answer.Decision.Mandates.Select(m => m.Value));
        session.Finish();
        Assert.True(exists());
        Assert.Contains(notes, n => n.Contains("was a new store; it now holds the bundled record (positions 1 to "));
        Assert.True(session.Store.State(session.Caller).RecordFiles.Count > 0);
    }

    [Fact]
    public void A_refusal_by_the_law_is_an_answer_naming_the_rule()
    {
        var (opener, _) = NewStore();
        using var session = Sessions.Over(opener);
        var answer = CheckDeployment.Run(session, new CheckRequest("KFOR", July1, 1, Strength: 400));
        Assert.False(answer.Decision.Authorised);
        Assert.Equal(["ceiling"], answer.Decision.Refusals.Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("NOPE", null, "operation")]
    [InlineData("KFOR", "air-policing", "task")]
    [InlineData("\u041aFOR", null, "operation")]
    public void Bad_input_found_with_the_law_is_a_problem_naming_the_field_and_creates_nothing(string operation, string? task, string field)
    {
        var (opener, exists) = NewStore();
        using var session = Sessions.Over(opener);
        var problem = Assert.Throws<ProblemException>(() =>
            CheckDeployment.Run(session, new CheckRequest(operation, July1, 1, task))).Problem;
        Assert.Equal(field, problem.Field);
        Assert.Equal(task ?? operation, problem.Value);
        Assert.DoesNotContain("--", problem.ToString());
        Assert.False(exists(), "bad input created the store");
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryCheckDeploymentTests : CheckDeploymentContract
{
    protected override (IStoreOpener, Func<bool>) NewStore()
    {
        var opener = new MemoryStoreOpener();
        return (opener, () => opener.Created is not null);
    }
}
