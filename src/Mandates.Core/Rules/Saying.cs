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
    // One more word than places: words[i] comes before places[i], and the last word after them all.
    private readonly string[] words;
    private readonly DaysWord[] places;

    private Saying(string[] words, DaysWord[] places) => (this.words, this.places) = (words, places);

    /// <summary>The saying of an interpolated string, whose <see cref="DaysWord"/> holes name the days.</summary>
    public static Saying Of(ref Builder text) => text.Build();

    /// <summary>A saying that names no days.</summary>
    public static Saying Plain(string text) => new([text], []);

    /// <summary>Whether it names the days it speaks of anywhere.</summary>
    public bool NamesDays => places.Length > 0;

    /// <summary>The sentence, written for these days.</summary>
    public string Write(DateInterval days) => Write(days, null);

    /// <summary>
    /// The sentence, written for these days, its <see cref="DaysWord.When"/> in the words given (a host's
    /// own, say).
    /// </summary>
    public string Write(DateInterval days, Func<DateInterval, string>? when)
    {
        if (places.Length == 0) return words[0];
        var text = new System.Text.StringBuilder(words[0]);
        for (var i = 0; i < places.Length; i++)
        {
            var said = when is not null && places[i] == DaysWord.When ? when(days) : places[i].For(days);
            text.Append(said).Append(words[i + 1]);
        }
        return text.ToString();
    }

    /// <summary>This saying followed by another, of the same days.</summary>
    public Saying Then(Saying more)
    {
        var joined = new string[words.Length + more.words.Length - 1];
        words.CopyTo(joined, 0);
        joined[words.Length - 1] += more.words[0];
        Array.Copy(more.words, 1, joined, words.Length, more.words.Length - 1);
        return new Saying(joined, [.. places, .. more.places]);
    }

    /// <summary>This saying followed by words that name no days.</summary>
    public Saying Then(string more) => Then(Plain(more));

    public bool Equals(Saying? other) =>
        other is not null && words.AsSpan().SequenceEqual(other.words) && places.AsSpan().SequenceEqual(other.places);

    public override bool Equals(object? obj) => Equals(obj as Saying);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var word in words) hash.Add(word);
        foreach (var place in places) hash.Add(place);
        return hash.ToHashCode();
    }

    /// <summary>The sentence with "…" for the days: for debugging, never shown.</summary>
    public override string ToString() => string.Join("…", words);

    /// <summary>
    /// Builds a saying from an interpolated string: its holes written at once, but a <see cref="DaysWord"/>
    /// kept as a place.
    /// </summary>
    [InterpolatedStringHandler]
    public ref struct Builder
    {
        private DefaultInterpolatedStringHandler current;
        private List<string>? words;
        private List<DaysWord>? places;

        public Builder(int literalLength, int formattedCount) => current = new(literalLength, formattedCount);

        public void AppendLiteral(string value) => current.AppendLiteral(value);

        public void AppendFormatted(DaysWord place)
        {
            (words ??= []).Add(current.ToStringAndClear());
            (places ??= []).Add(place);
            current = new DefaultInterpolatedStringHandler(0, 0);
        }

        public void AppendFormatted(string? value) => current.AppendFormatted(value);

        public void AppendFormatted<T>(T value) => current.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => current.AppendFormatted(value, format);

        internal Saying Build()
        {
            var last = current.ToStringAndClear();
            if (words is null) return new Saying([last], []);
            words.Add(last);
            return new Saying([.. words], [.. places!]);
        }
    }
}
