using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>
/// The deployed strength of one operation on every day, held as a segment tree with lazy range
/// updates: adding a tour touches O(log n) nodes, and "strength on a day" and "max over a period" are
/// answered in O(log n), however long the history. Days run from <see cref="FirstDay"/> to
/// <see cref="LastDay"/>; an open-ended tour counts through the last day.
/// </summary>
public sealed class StrengthIndex
{
    public static readonly LocalDate FirstDay = new(1990, 1, 1);
    public static readonly LocalDate LastDay = new(2069, 12, 31);
    /// <summary>How many days the index covers.</summary>
    public static readonly int DayCount = Period.DaysBetween(FirstDay, LastDay) + 1;
    private static readonly int Size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)DayCount);

    // max[node] is the maximum over the node's range, including add[node] (added to its whole range).
    private readonly int[] max = new int[2 * Size];
    private readonly int[] add = new int[2 * Size];

    public static bool Covers(LocalDate day) => day >= FirstDay && day <= LastDay;

    /// <summary>Why a day given as <paramref name="field"/> cannot be recorded, or null if the ledger covers it.</summary>
    public static Problems.Problem? NotCovered(string field, LocalDate day) => Covers(day) ? null
        : Problems.Problem.Expecting(field, Days.Format(day), $"is outside the days the ledger covers",
            $"a day from {Days.Format(FirstDay)} to {Days.Format(LastDay)}");

    /// <summary>Adds <paramref name="persons"/> (negative to remove) on every day from <paramref name="from"/> through <paramref name="until"/>, or through the last day if open.</summary>
    public void Add(LocalDate from, LocalDate? until, int persons)
    {
        var first = Index(from);
        var last = until is { } u ? Index(u) : DayCount - 1;
        if (last < first) throw new ArgumentException($"A tour cannot end ({until}) before it starts ({from}).", nameof(until));
        Add(1, 0, Size - 1, first, last, persons);
    }

    /// <summary>Adds on days numbered from <see cref="FirstDay"/>; a last day past the index (an open tour) counts through <see cref="LastDay"/>.</summary>
    internal void Add(int first, int last, int persons)
    {
        last = Math.Min(last, DayCount - 1);
        if (first < 0 || last < first) throw new ArgumentOutOfRangeException(nameof(first), $"Days {first} to {last} are not a period within the index.");
        Add(1, 0, Size - 1, first, last, persons);
    }

    /// <summary>The index of the given strength per day (numbered from <see cref="FirstDay"/>), built bottom-up in one pass rather than one update per tour.</summary>
    internal static StrengthIndex FromDaily(int[] daily)
    {
        var index = new StrengthIndex();
        daily.CopyTo(index.max, Size);
        for (var node = Size - 1; node >= 1; node--) index.max[node] = Math.Max(index.max[2 * node], index.max[2 * node + 1]);
        return index;
    }

    public int On(LocalDate day) => Max(1, 0, Size - 1, Index(day), Index(day));

    public int MaxOver(DateInterval period) => Max(1, 0, Size - 1, Index(period.Start), Index(period.End));

    private static int Index(LocalDate day)
    {
        if (!Covers(day)) throw new ArgumentOutOfRangeException(nameof(day), day, $"The ledger covers {Days.Format(FirstDay)} to {Days.Format(LastDay)}.");
        return Period.DaysBetween(FirstDay, day);
    }

    private void Add(int node, int lo, int hi, int from, int to, int value)
    {
        if (to < lo || hi < from) return;
        if (from <= lo && hi <= to)
        {
            add[node] = checked(add[node] + value);
            max[node] = checked(max[node] + value);
            return;
        }
        var mid = (lo + hi) / 2;
        Add(2 * node, lo, mid, from, to, value);
        Add(2 * node + 1, mid + 1, hi, from, to, value);
        max[node] = Math.Max(max[2 * node], max[2 * node + 1]) + add[node];
    }

    private int Max(int node, int lo, int hi, int from, int to)
    {
        if (from <= lo && hi <= to) return max[node];
        var mid = (lo + hi) / 2;
        var best = int.MinValue;
        if (from <= mid) best = Math.Max(best, Max(2 * node, lo, mid, from, to));
        if (to > mid) best = Math.Max(best, Max(2 * node + 1, mid + 1, hi, from, to));
        return best + add[node];
    }
}
