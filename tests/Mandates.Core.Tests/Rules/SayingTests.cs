using Mandates.Core.Rules;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests.Rules;

/// <summary>
/// A saying keeps its days as data: written last, for the days given; equal when it says the same of
/// other days.
/// </summary>
public class SayingTests
{
    private static readonly DateInterval OneDay = new(new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 1));
    private static readonly DateInterval July = new(new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 31));

    [Fact]
    public void The_days_are_written_for_the_days_given()
    {
        var saying = Saying.Of($"{DaysWord.AtMost}{3} deployed {DaysWord.When}.");
        Assert.Equal("3 deployed on 2025-07-01.", saying.Write(OneDay));
        Assert.Equal("at most 3 deployed from 2025-07-01 to 2025-07-31.", saying.Write(July));
    }

    [Fact]
    public void A_date_in_the_words_is_never_taken_for_the_days()
    {
        // The act's last day written as a word stays as it is, whatever days the saying is written for.
        var saying = Saying.Of($"it authorises through 2025-07-01, so it does not hold {DaysWord.When}.");
        Assert.Equal("it authorises through 2025-07-01, so it does not hold from 2025-07-01 to 2025-07-31.",
            saying.Write(July));
    }

    [Fact]
    public void Sayings_are_equal_when_they_say_the_same_of_their_days()
    {
        Assert.Equal(Saying.Of($"held {DaysWord.When}."), Saying.Of($"held {DaysWord.When}."));
        Assert.NotEqual(Saying.Of($"held {DaysWord.When}."), Saying.Plain("held on 2025-07-01."));
        Assert.Equal(Saying.Plain("a ").Then(Saying.Of($"b {DaysWord.When}")).Then("."),
            Saying.Of($"a b {DaysWord.When}."));
    }

    [Fact]
    public void The_days_word_cannot_be_written_outside_a_saying() =>
        Assert.Throws<InvalidOperationException>(() => $"held {DaysWord.When}.");
}
