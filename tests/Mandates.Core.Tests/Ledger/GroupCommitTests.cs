using Mandates.Core.Ledger;
using Xunit;

namespace Mandates.Core.Tests.Ledger;

/// <summary>
/// Group commit apart from what is written: queued writes are committed in batches, each answered with
/// its own outcome.
/// </summary>
public class GroupCommitTests
{
    [Fact]
    public async Task Writes_that_arrive_together_are_committed_together_and_each_gets_its_own_answer()
    {
        var batches = new List<int>();
        using var group = new GroupCommit<int, string>(batch =>
        {
            lock (batches) batches.Add(batch.Count);
            return batch.Select(n => $"#{n}").ToList();
        });
        var answers = await Task.WhenAll(Enumerable.Range(0, 2_000).Select(group.Enqueue));
        Assert.Equal(Enumerable.Range(0, 2_000).Select(n => $"#{n}"), answers);
        Assert.Equal(2_000, batches.Sum());
        Assert.All(batches, count => Assert.InRange(count, 1, GroupCommit.MaxBatch));
        // Queued before the committer first looked, they cannot all have gone one at a time.
        Assert.True(batches.Count < 2_000, $"{batches.Count} batches for 2,000 writes");
    }

    [Fact]
    public async Task A_failed_commit_fails_every_write_of_its_batch_and_the_next_batch_still_commits()
    {
        var calls = 0;
        using var group = new GroupCommit<int, int>(batch =>
            Interlocked.Increment(ref calls) == 1 ? throw new IOException("the store is gone") : batch);
        var failed = await Assert.ThrowsAsync<IOException>(() => group.Enqueue(1));
        Assert.Equal("the store is gone", failed.Message);
        Assert.Equal(2, await group.Enqueue(2));
    }

    [Fact]
    public void Once_disposed_it_takes_no_more_writes()
    {
        var group = new GroupCommit<int, int>(batch => batch);
        group.Dispose();
        // Thrown at once, not through the task: nothing was queued.
        Assert.Throws<ObjectDisposedException>(() => { _ = group.Enqueue(1); });
    }
}
