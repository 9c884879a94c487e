using Mandates.Core.Problems;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests.UseCases;

/// <summary>generate as a use case: fictional operations recorded, then lawful history, in memory.</summary>
public abstract class GenerateHistoryContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    /// <summary>Sessions over a new store under the small law (a ceiling of 3) at its start, record folders in
    /// memory.</summary>
    private Sessions NewHost() => new(NewStore(), SmallLaw.Files()) { User = "tester" };

    [Fact]
    public void Fictional_operations_are_recorded_and_the_history_appended_breaks_no_law()
    {
        var host = NewHost();
        using (var session = host.Open(snapshotAfter: 100))
        {
            var generated = GenerateHistory.Run(session, new GenerateRequest(500, Seed: 3, Operations: 2,
                From: new LocalDate(2019, 7, 1), To: new LocalDate(2021, 6, 30)));
            Assert.Equal(2, generated.Recorded.Count);
            Assert.InRange(generated.Appended, 1, 500);
            Assert.Equal(host.Head, generated.Head);
        }
        using (var session = host.Open())
        {
            Assert.Empty(AuditLedger.Run(session, new AuditRequest()).Violations);
            // The generate saved a snapshot of what it appended, which verify finds as the entries folded.
            Assert.True(VerifyLedger.Run(session, new VerifyLedgerRequest([])).Snapshot?.Matches);
        }
    }

    [Fact]
    public void A_last_day_before_the_first_is_a_problem_about_to_and_writes_nothing()
    {
        var host = NewHost();
        using var session = host.Open();
        var problem = Assert.Throws<ProblemException>(() => GenerateHistory.Run(session,
            new GenerateRequest(10, From: new LocalDate(2025, 1, 1), To: new LocalDate(2024, 1, 1)))).Problem;
        Assert.Equal("to", problem.Field);
        Assert.Equal("to: '2024-01-01' is before from (2025-01-01); expected a day on or after it.",
            problem.ToString());
        Assert.Equal(0, host.Head);
    }

    [Fact]
    public void A_record_folder_read_instead_of_the_store_s_record_is_refused_before_anything_is_written()
    {
        var host = NewHost();
        // As `--data bundled` would: the law read from a record folder instead of the store's record.
        using var session = host.Open(folder: ("bundled", "data"));
        var problem = Assert.Throws<ProblemException>(() => GenerateHistory.Run(session, new GenerateRequest(10)))
            .Problem;
        Assert.Equal(("data", "bundled"), (problem.Field, problem.Value));
        Assert.Equal(0, host.Head);
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryGenerateHistoryTests : GenerateHistoryContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
