using System.Runtime.InteropServices;
using Mandates.Core.Law;
using NodaTime;

namespace Mandates.Core.Ledger;

/// <summary>
/// Every distinct name (an operation, a task, an area, a person) gets a small number, so that ten
/// million tours hold numbers rather than strings.
/// </summary>
internal sealed class NameTable(IEqualityComparer<string> comparer)
{
    private readonly List<string> names = [];
    // Built on first lookup: a snapshot read for a query or an audit never looks a person up, and
    // millions of persons then cost only their strings.
    private Dictionary<string, int>? numbers;

    public int Count => names.Count;

    public string this[int number] => names[number];

    public int Intern(string name)
    {
        var index = Numbers();
        if (index.TryGetValue(name, out var number)) return number;
        index[name] = names.Count;
        names.Add(name);
        return names.Count - 1;
    }

    public int? Find(string name) => Numbers().TryGetValue(name, out var number) ? number : null;

    /// <summary>Reads <paramref name="count"/> names in number order, as a snapshot holds them.</summary>
    public void Read(int count, Func<string> read)
    {
        if (names.Count != 0) throw new InvalidOperationException("Names are read into an empty table only.");
        names.Capacity = count;
        for (var i = 0; i < count; i++) names.Add(read());
        numbers = null;
    }

    private Dictionary<string, int> Numbers()
    {
        if (numbers is not null) return numbers;
        var index = new Dictionary<string, int>(names.Count, comparer);
        for (var i = 0; i < names.Count; i++) index[names[i]] = i;
        return numbers = index;
    }
}

/// <summary>
/// One tour as the ledger state holds it: 32 bytes of numbers (names interned, days counted from
/// <see cref="StrengthIndex.FirstDay"/>), so a store of ten million tours fits in a few hundred megabytes.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct TourRow
{
    /// <summary>An open tour's <see cref="Until"/>.</summary>
    public const int Open = int.MaxValue;

    public long StartedAt;
    public int Person;
    public int From;
    public int Until;
    /// <summary>The row of the same person's tour started before this one, or -1.</summary>
    public int PreviousOfPerson;
    public ushort Operation;
    public ushort Task;
    /// <summary>0 for none, else the area's number + 1.</summary>
    public ushort Area;
    /// <summary>0 for none, else the exception kind + 1.</summary>
    public byte Exception;
    public bool Cancelled;

    public readonly bool Overlaps(int from, int until) => From <= until && from <= Until;

    public readonly bool Covers(int day) => From <= day && day <= Until;

    public static int Day(LocalDate day) => Period.DaysBetween(StrengthIndex.FirstDay, day);

    public static LocalDate Date(int day) => StrengthIndex.FirstDay.PlusDays(day);

    public static int UntilDay(LocalDate? until) => until is { } u ? Day(u) : Open;

    public static LocalDate? UntilDate(int until) => until == Open ? null : Date(until);
}

/// <summary>
/// The tours in the order they were started (so by ledger position), in fixed-size chunks: growing
/// never copies ten million rows, and a position is found by binary search.
/// </summary>
internal sealed class TourRows
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly List<TourRow[]> chunks = [];

    public int Count { get; private set; }

    public ref TourRow this[int row] => ref chunks[row >> ChunkBits][row & (ChunkSize - 1)];

    public int Add(in TourRow tour)
    {
        if ((Count & (ChunkSize - 1)) == 0 && Count >> ChunkBits == chunks.Count) chunks.Add(new TourRow[ChunkSize]);
        this[Count] = tour;
        return Count++;
    }

    /// <summary>The row of the tour started at <paramref name="position"/>, or -1.</summary>
    public int Find(long position)
    {
        var (lo, hi) = (0, Count - 1);
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            var at = this[mid].StartedAt;
            if (at == position) return mid;
            if (at < position) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>The rows as spans of the chunks, in order: for writing and reading them as bytes.</summary>
    public IEnumerable<Memory<TourRow>> Spans()
    {
        for (var c = 0; c < chunks.Count; c++)
            yield return chunks[c].AsMemory(0, Math.Min(ChunkSize, Count - c * ChunkSize));
    }

    /// <summary>Makes room for <paramref name="count"/> rows read from a snapshot, and returns the chunks to fill, in order.</summary>
    public IReadOnlyList<Memory<TourRow>> Allocate(int count)
    {
        if (Count != 0) throw new InvalidOperationException("Rows are read into an empty table only.");
        var spans = new List<Memory<TourRow>>();
        for (var start = 0; start < count; start += ChunkSize)
        {
            var chunk = new TourRow[ChunkSize];
            chunks.Add(chunk);
            spans.Add(chunk.AsMemory(0, Math.Min(ChunkSize, count - start)));
        }
        Count = count;
        return spans;
    }
}
