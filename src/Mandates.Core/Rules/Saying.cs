using System.Runtime.CompilerServices;
using NodaTime;

namespace Mandates.Core.Rules;

/// <summary>
/// A sentence about some days, kept as its words and the places where the days are named (see
/// <see cref="DaysWord"/>), so that the days stay data: two sayings that say the same of different days are
/// equal, and the sentence is written last, for the days it is given. Joining findings or violations of
/// adjacent days compares sayings, never searches a sentence for dates.
/// </summary>
public sealed class Saying : IEquatable<Saying>
{
    // One more word than places: words[i] comes before places[i], and the last word after them all. The
    // arrays may be longer than that (as the builder grew them: a finding is made on every request, so
    // it is not copied again); count says how many places there are.
    private readonly string[] words;
    private readonly DaysWord[] places;
    private readonly int count;

    private Saying(string[] words, DaysWord[] places, int count) =>
        (this.words, this.places, this.count) = (words, places, count);

    private ReadOnlySpan<string> Words => words.AsSpan(0, count + 1);

    private ReadOnlySpan<DaysWord> Places => places.AsSpan(0, count);

    /// <summary>The saying of an interpolated string, whose <see cref="DaysWord"/> holes name the days.</summary>
    public static Saying Of(ref Builder text) => text.Build();

    /// <summary>A saying that names no days.</summary>
    public static Saying Plain(string text) => new([text], [], 0);

    /// <summary>Whether it names the days it speaks of anywhere.</summary>
    public bool NamesDays => count > 0;

    /// <summary>The sentence, written for these days.</summary>
    public string Write(DateInterval days) => Write(days, null);

    /// <summary>
    /// The sentence, written for these days, its <see cref="DaysWord.When"/> in the words given (a host's
    /// own, say).
    /// </summary>
    public string Write(DateInterval days, Func<DateInterval, string>? when)
    {
        if (count == 0) return words[0];
        var text = new System.Text.StringBuilder(words[0]);
        for (var i = 0; i < count; i++)
        {
            var said = when is not null && places[i] == DaysWord.When ? when(days) : places[i].For(days);
            text.Append(said).Append(words[i + 1]);
        }
        return text.ToString();
    }

    /// <summary>This saying followed by another, of the same days.</summary>
    public Saying Then(Saying more)
    {
        var joined = new string[count + more.count + 1];
        Words.CopyTo(joined);
        joined[count] += more.words[0];
        more.Words[1..].CopyTo(joined.AsSpan(count + 1));
        return new Saying(joined, [.. Places, .. more.Places], count + more.count);
    }

    /// <summary>This saying followed by words that name no days.</summary>
    public Saying Then(string more) => Then(Plain(more));

    public bool Equals(Saying? other) =>
        other is not null && Words.SequenceEqual(other.Words) && Places.SequenceEqual(other.Places);

    public override bool Equals(object? obj) => Equals(obj as Saying);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var word in Words) hash.Add(word);
        foreach (var place in Places) hash.Add(place);
        return hash.ToHashCode();
    }

    /// <summary>The sentence with "…" for the days: for debugging, never shown.</summary>
    public override string ToString() => string.Join("…", Words.ToArray());

    /// <summary>
    /// Builds a saying from an interpolated string: its holes written at once, but a <see cref="DaysWord"/>
    /// kept as a place.
    /// </summary>
    [InterpolatedStringHandler]
    public ref struct Builder
    {
        private DefaultInterpolatedStringHandler current;
        private string[]? words;
        private DaysWord[]? places;
        private int count;

        public Builder(int literalLength, int formattedCount) => current = new(literalLength, formattedCount);

        public void AppendLiteral(string value) => current.AppendLiteral(value);

        public void AppendFormatted(DaysWord place)
        {
            // Most sayings name their days once or twice: room for two, grown if need be.
            words ??= new string[3];
            places ??= new DaysWord[2];
            if (count == places.Length)
            {
                Array.Resize(ref words, 2 * count + 1);
                Array.Resize(ref places, 2 * count);
            }
            words[count] = current.ToStringAndClear();
            places[count++] = place;
            current = new DefaultInterpolatedStringHandler(0, 0);
        }

        public void AppendFormatted(string? value) => current.AppendFormatted(value);

        public void AppendFormatted<T>(T value) => current.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => current.AppendFormatted(value, format);

        internal Saying Build()
        {
            var last = current.ToStringAndClear();
            if (words is null) return new Saying([last], [], 0);
            words[count] = last;
            return new Saying(words, places!, count);
        }
    }
}
