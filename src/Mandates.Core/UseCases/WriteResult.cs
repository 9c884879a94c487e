using Mandates.Core.Ledger;
using NodaTime;

namespace Mandates.Core.UseCases;

/// <summary>
/// What became of a write to the ledger (deploy, end a tour, correct one): written (or already written under
/// its key), refused by the law with its decision, or bad input the ledger found against what it holds (a
/// person already on a tour, say). Bad input found before the store is opened is a
/// <see cref="Problems.ProblemException"/>.
/// </summary>
/// <param name="Outcome">What the ledger did; nothing was written unless it is <see
/// cref="WriteOutcome.Written"/>.</param>
/// <param name="Ended">What ending a tour did to it; null for other writes, a refusal, and a replay (which wrote
/// nothing now).</param>
/// <param name="OpenEnded">Whether the tour asked about has no last day (a refused open tour's decision runs on
/// for ever).</param>
public sealed record WriteResult(WriteOutcome Outcome, TourEnd? Ended = null, bool OpenEnded = false)
{
    /// <summary>Whether the write was done (now, or before under its key).</summary>
    public bool Written => Outcome is WriteOutcome.Written;
}

/// <summary>What ending a tour did to it: ended an open tour, cut it short, or ran it on (an extension).</summary>
/// <param name="Was">The tour as it was before.</param>
/// <param name="Until">Its last day now.</param>
public sealed record TourEnd(Tour Was, LocalDate Until)
{
    /// <summary>Days added (positive: run on) or given up (negative); null if the tour was open.</summary>
    public int? DaysChanged => Was.Until is { } before ? Period.DaysBetween(before, Until) : null;
}
