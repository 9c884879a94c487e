using System.Diagnostics;
using System.Threading.Channels;
using static Mandates.Core.Ledger.GroupCommit;

namespace Mandates.Core.Ledger;

/// <summary>Takes writes one at a time and answers each once it is committed, together with others.</summary>
/// <typeparam name="TWrite">A write not yet decided.</typeparam>
/// <typeparam name="TOutcome">What became of it.</typeparam>
public interface IGroupCommit<in TWrite, TOutcome> : IDisposable
{
    /// <summary>
    /// Queues the write; the task ends with its outcome, or the commit's failure. Throws once disposed.
    /// </summary>
    Task<TOutcome> Enqueue(TWrite write);
}

/// <summary>How group commits are sized and paced (see <see cref="GroupCommit{TWrite, TOutcome}"/>).</summary>
public static class GroupCommit
{
    /// <summary>How many requests one group commit takes at most.</summary>
    public const int MaxBatch = 512;

    /// <summary>
    /// How long a group commit waits for the writers its last commit answered to come back with their
    /// next request (as PostgreSQL's commit_delay): they return within microseconds, and without the wait
    /// the batches alternate between a few and the rest, halving what one commit carries.
    /// </summary>
    public static readonly TimeSpan CommitDelay = TimeSpan.FromMilliseconds(1);
}

/// <summary>
/// Group commit: the writes that arrive together are committed as one batch (one transaction) by a
/// background committer, up to <see cref="GroupCommit.MaxBatch"/> at a time, each answered with its own
/// outcome. What a batch writes and how each write is decided is the commit function's: this only
/// queues, batches and answers.
/// </summary>
public sealed class GroupCommit<TWrite, TOutcome> : IGroupCommit<TWrite, TOutcome>
{
    private readonly Func<IReadOnlyList<TWrite>, IReadOnlyList<TOutcome>> commit;
    private readonly Channel<(TWrite Write, TaskCompletionSource<TOutcome> Done)> queue =
        Channel.CreateUnbounded<(TWrite, TaskCompletionSource<TOutcome>)>(new() { SingleReader = true });
    // Counted here: a single-reader channel cannot count what it holds.
    private int queued;
    // Started by the first write. Lazy, not under the caller's lock: a writer must never wait for a commit
    // in progress just to queue.
    private readonly Lazy<Task> committer;

    /// <param name="commit">
    /// Commits a batch in one transaction and answers each write, in order; throws if nothing was committed.
    /// </param>
    public GroupCommit(Func<IReadOnlyList<TWrite>, IReadOnlyList<TOutcome>> commit)
    {
        this.commit = commit;
        committer = new Lazy<Task>(() => Task.Run(CommitQueued));
    }

    public Task<TOutcome> Enqueue(TWrite write)
    {
        var done = new TaskCompletionSource<TOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!queue.Writer.TryWrite((write, done))) throw new ObjectDisposedException(nameof(GroupCommit));
        Interlocked.Increment(ref queued);
        _ = committer.Value;
        return done.Task;
    }

    /// <summary>Takes what has queued up, commits it as one batch, answers each request; until disposed.</summary>
    private async Task CommitQueued()
    {
        var batch = new List<(TWrite Write, TaskCompletionSource<TOutcome> Done)>(MaxBatch);
        var lastBatch = 0;
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            // Wait (at most the commit delay) for as many as the last batch carried: those writers come back.
            var waitUntil = Stopwatch.GetTimestamp() + (long)(CommitDelay.TotalSeconds * Stopwatch.Frequency);
            while (Volatile.Read(ref queued) < Math.Min(lastBatch, MaxBatch) && Stopwatch.GetTimestamp() < waitUntil)
                await Task.Yield();
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item)) batch.Add(item);
            Interlocked.Add(ref queued, -batch.Count);
            lastBatch = batch.Count;
            try
            {
                var outcomes = commit(batch.Select(b => b.Write).ToList());
                for (var i = 0; i < batch.Count; i++) batch[i].Done.SetResult(outcomes[i]);
            }
            catch (Exception e)
            {
                foreach (var (_, done) in batch) done.SetException(e);
            }
        }
    }

    /// <summary>Takes no more writes; those queued are still committed.</summary>
    public void Dispose() => queue.Writer.TryComplete();
}
