using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// rec-a's operations of the historical record (issue 16) answer `check`, `show` and `strength` on a day
/// their bundled mandates authorise, the way a user would ask: the id in any letter case.
/// </summary>
public class HistoricalOperationsATests
{
    public static TheoryData<string, string, string> Days => new()
    {
        // operation, a day it is authorised, the mandate that governs it then
        { "IFOR", "1996-03-01", "IFOR-1995" },
        { "sfor", "2000-01-15", "SFOR-1998" },
        { "UNPROFOR-RRF", "1995-08-01", "UNPROFOR-RRF-1995" },
        { "essential-harvest", "2001-09-10", "ESSENTIAL-HARVEST-2001" },
        { "AMBER-FOX", "2002-08-01", "AMBER-FOX-2002-06" },
        { "Althea", "2023-01-10", "ALTHEA-2022" },
        { "UNIFIL", "2025-08-01", "UNIFIL-2025" },
        { "atalanta", "2012-06-01", "ATALANTA-2012" },
        { "SEA-GUARDIAN", "2019-06-01", "SEA-GUARDIAN-2019" },
        { "SOPHIA", "2016-08-01", "SOPHIA-2016" },
        { "irini", "2020-09-01", "IRINI-2020" },
        { "Active-Fence", "2013-03-01", "ACTIVE-FENCE-2012" },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void Check_authorises_one_more_soldier_on_a_day_a_mandate_covers(string operation, string day, string mandate)
    {
        var run = Cli.Invoke("check", operation, "--on", day, "--add", "1");
        Assert.Equal(0, run.Exit);
        Assert.Contains("AUTHORISED", run.Out);
        Assert.Contains(mandate, run.Out);
        Assert.DoesNotContain("error", run.Err);
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void Show_names_the_mandate_in_force(string operation, string day, string mandate)
    {
        var run = Cli.Invoke("show", operation, "--on", day);
        Assert.Equal(0, run.Exit);
        Assert.Contains($"Mandate in force on {day}: {mandate}", run.Out);
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void Strength_sets_the_day_against_the_mandate_s_ceiling(string operation, string day, string mandate)
    {
        var run = Cli.Invoke("strength", operation, "--on", day);
        Assert.Equal(0, run.Exit);
        Assert.Contains(mandate, run.Out);
        Assert.Contains("most deployed 0", run.Out);
    }

    [Fact]
    public void A_day_before_the_first_consent_is_refused_by_the_law()
    {
        var run = Cli.Invoke("check", "IFOR", "--on", "1995-12-05", "--add", "1");
        Assert.Equal(1, run.Exit);
        Assert.Contains("IFOR on 1995-12-05, 1 more: REFUSED", run.Out);
    }
}
