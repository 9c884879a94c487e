using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.UseCases;
using NodaTime.Text;

namespace Mandates.Core.Contracts;

/// <summary>
/// A write the ledger took: <c>deploy</c>, <c>end-tour</c> and <c>correct-tour</c>'s output when written (a
/// write the law refused is a <see cref="DecisionOutput"/> with <c>outcome</c> "refused").
/// </summary>
/// <param name="Outcome"><c>written</c>, or <c>already-written</c> for a replay under its key (nothing new
/// written).</param>
/// <param name="Position">The entry's ledger position (a deploy's is the tour's, as correct-tour and history take
/// it).</param>
/// <param name="Type">The kind of entry: tour-started, tour-ended, tour-corrected.</param>
/// <param name="RecordedAt">When the entry was recorded (UTC, ISO 8601): the instant to ask "as recorded at".</param>
/// <param name="Hash">The entry's hash in the chain (docs/ledger-format.md).</param>
/// <param name="Tour">An end's tour: the position that started it; null for other writes and a replay.</param>
/// <param name="From">An end's tour's first day; null where <paramref name="Tour"/> is.</param>
/// <param name="Until">An end's tour's last day now; null where <paramref name="Tour"/> is.</param>
/// <param name="UntilBefore">An end's tour's last day before; null if it was open, or where <paramref
/// name="Tour"/> is.</param>
public sealed record WriteOutput(int SchemaVersion, string Outcome, long Position, string Type, string RecordedBy,
    string RecordedAt, string Hash, long? Tour, string? From, string? Until, string? UntilBefore)
{
    public static WriteOutput Of(WriteOutcome.Written written, TourEnd? ended) => new(
        Contract.SchemaVersion, written.Replayed ? "already-written" : "written", written.Event.Position,
        written.Event.Type, written.Event.RecordedBy, InstantPattern.ExtendedIso.Format(written.Event.RecordedAt),
        written.Event.Hash, ended?.Was.StartedAt, ended is null ? null : Days.Format(ended.Was.From),
        ended is null ? null : Days.Format(ended.Until), ended?.Was.Until is { } before ? Days.Format(before) : null);
}
