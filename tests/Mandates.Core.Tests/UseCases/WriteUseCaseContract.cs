using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;
using NodaTime;
using Xunit;
using static Mandates.Core.Tests.Ledger.SmallLaw;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// DeployTour, EndTour and CorrectTour without a host, on a store in memory under the small law (a ceiling of
/// 3): what each writes or refuses, the instant it says it recorded, and bad input named by domain field.
/// </summary>
public abstract class WriteUseCaseContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private Sessions? sessions;

    /// <summary>Sessions under the small law, the clock moving on a second at each reading.</summary>
    private Sessions Host => sessions ??= new(NewStore(), SmallLaw.Files()) { Tick = Duration.FromSeconds(1) };

    private WriteResult Deploy(string person, int from, int? to, CeilingExceptionKind? exception = null)
    {
        using var session = Host.Open();
        return DeployTour.Run(session, new DeployTourRequest("tst", new PersonId(person), "guard", July(from),
            to is { } t ? July(t) : null, Exception: exception));
    }

    private static LedgerEvent Entry(WriteResult result) => Assert.IsType<WriteOutcome.Written>(result.Outcome).Event;

    [Fact]
    public void A_deploy_within_the_ceiling_is_written_with_the_instant_it_was_recorded()
    {
        var written = Entry(Deploy("P-1", 1, 31));
        // The store was filled with the law first (one record file), then the tour recorded.
        Assert.Equal((2L, TourEvents.Started), (written.Position, written.Type));
        Assert.True(written.RecordedAt >= Start);
        Assert.Equal(written, Host.Entry(2));
    }

    [Fact]
    public void A_deploy_above_the_ceiling_is_refused_and_writes_nothing()
    {
        foreach (var p in new[] { "P-1", "P-2", "P-3" }) Entry(Deploy(p, 1, 31));
        var refused = Deploy("P-4", 10, 12);
        Assert.False(refused.Written);
        Assert.False(Assert.IsType<WriteOutcome.Refused>(refused.Outcome).Decision.Authorised);
        Assert.Equal(4, Host.Head);
        // The clause, named, lets one more serve for its days.
        Entry(Deploy("P-4", 10, 12, CeilingExceptionKind.Rotation));
    }

    [Fact]
    public void Bad_input_is_named_by_its_domain_field_and_writes_nothing()
    {
        Assert.Equal("to", Assert.Throws<ProblemException>(() => Deploy("P-1", 10, 9)).Problem.Field);
        // Refused before the store was opened: not even the law was filled in.
        Assert.Equal(0, Host.Head);
        using var session = Host.Open();
        Assert.Equal("operation", Assert.Throws<ProblemException>(() => DeployTour.Run(session,
            new DeployTourRequest("NOPE", new PersonId("P-1"), "guard", July(1), null))).Problem.Field);
    }

    [Fact]
    public void An_end_says_what_it_did_to_the_tour()
    {
        Entry(Deploy("P-1", 1, null));
        using (var session = Host.Open())
        {
            var ended = EndTour.Run(session, new EndTourRequest(new PersonId("P-1"), July(20))).Ended!;
            Assert.Equal((null, (int?)null, July(20)), (ended.Was.Until, ended.DaysChanged, ended.Until));
        }
        using (var session = Host.Open())
            Assert.Equal(5, EndTour.Run(session, new EndTourRequest(new PersonId("P-1"), July(25))).Ended!.DaysChanged);
        using (var session = Host.Open())
            Assert.Equal(-10,
                EndTour.Run(session, new EndTourRequest(new PersonId("P-1"), July(15))).Ended!.DaysChanged);
    }

    [Fact]
    public void A_correction_supersedes_the_tour_and_one_with_days_and_cancel_is_bad_input()
    {
        var tour = Entry(Deploy("P-1", 1, 31)).Position;
        using (var session = Host.Open())
            Assert.Equal(TourEvents.Corrected, Entry(CorrectTour.Run(session,
                new CorrectTourRequest(tour, July(2), null, false, "arrived a day later", KeepUntil: true))).Type);
        using (var session = Host.Open())
            Assert.Equal("cancel", Assert.Throws<ProblemException>(() => CorrectTour.Run(session,
                new CorrectTourRequest(tour, July(2), null, true, "never went"))).Problem.Field);
        using (var session = Host.Open())
            Assert.Equal((July(2), (LocalDate?)July(31)), session.Store.State(session.Caller).FindTour(tour) is { } t
                ? (t.From, t.Until) : default);
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryWriteUseCaseTests : WriteUseCaseContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
