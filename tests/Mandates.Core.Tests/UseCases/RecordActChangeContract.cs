using Mandates.Core.Law;
using Mandates.Core.UseCases;
using Xunit;
using static Mandates.Core.Tests.UseCases.Recording;

namespace Mandates.Core.Tests.UseCases;

/// <summary>A change to a legal act, without a host.</summary>
public abstract class RecordActChangeContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private Sessions? host;

    /// <summary>Sessions over the bundled record on 3 January 2028 in Berlin (the decisions of 2026 and 2027 the
    /// tests record were taken), the clock moving on a second at each reading.</summary>
    private Sessions sessions => host ??= Recording.Sessions(NewStore());

    [Fact]
    public void A_termination_needs_a_last_day_and_is_recorded_once()
    {
        using var session = sessions.Open();
        var open = new RecordActChangeRequest("UNSCR-1244", Day(2026, 3, 1), ValidityChangeKind.Terminated, null, "x");
        Assert.Equal("until", Refused(() => RecordActChange.Run(session, open)).Field);
        Assert.Equal(0, sessions.Opened);

        var ends = open with { Until = Day(2026, 3, 31) };
        var result = RecordActChange.Run(session, ends);
        Assert.Equal(("act-change", "change to UNSCR 1244 (terminated)"), (result.Decision, result.Recorded));
        Assert.StartsWith("legal-acts/", Assert.Single(result.Files));
        var twice = Refused(() => RecordActChange.Run(session, ends));
        Assert.Equal("act", twice.Field);
        Assert.Contains("already has this change (2026-03-01, terminated, until 2026-03-31)", twice.ToString());
    }

    [Fact]
    public void An_act_not_in_the_record_is_refused_naming_the_known_ones()
    {
        using var session = sessions.Open();
        var unknown = new RecordActChangeRequest("unscr-9999", Day(2026, 1, 1), ValidityChangeKind.Extended, null,
            "x");
        var problem = Refused(() => RecordActChange.Run(session, unknown));
        Assert.Equal(("act", "unscr-9999"), (problem.Field, problem.Value));
        Assert.Contains("known acts: ", problem.ToString());
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryRecordActChangeTests : RecordActChangeContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
