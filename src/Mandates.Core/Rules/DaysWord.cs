namespace Mandates.Core.Rules;

/// <summary>
/// A place in a <see cref="Saying"/> whose words depend on the days it is written for. Only a saying
/// writes it: formatted anywhere else (a plain interpolated string) it throws, so no sentence can lose it.
/// </summary>
public readonly record struct DaysWord
{
    private readonly int kind;

    private DaysWord(int kind) => this.kind = kind;

    /// <summary>"on 2025-07-01" for one day, "from 2025-07-01 to 2025-07-31" for several.</summary>
    public static readonly DaysWord When = new(0);

    /// <summary>"at most " before a number that is the most of several days; nothing for one day.</summary>
    public static readonly DaysWord AtMost = new(1);

    /// <summary>The words for these days.</summary>
    public string For(NodaTime.DateInterval days) => kind switch
    {
        0 => Law.Days.Describe(days),
        _ => days.Start == days.End ? "" : "at most ",
    };

    public override string ToString() =>
        throw new InvalidOperationException("Days' words are written only by a Saying, for its days.");
}
