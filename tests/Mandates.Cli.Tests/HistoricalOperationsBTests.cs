using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// Every operation recorded for issue 16 in the list "rec-b" (Afghanistan, Africa, the Middle East)
/// answers check, show and strength from the bundled record, on a day one of its mandates authorises
/// and under the id users type, in any letter case.
/// </summary>
public class HistoricalOperationsBTests
{
    [Theory]
    [InlineData("ISAF", "2002-01-15", "ISAF-2001", 1200)]
    [InlineData("rsm", "2016-06-01", "RSM-2015", 980)]
    [InlineData("Kabul-Evacuation", "2021-08-20", "KABUL-EVACUATION-2021", 600)]
    [InlineData("eufor-rd-congo", "2006-08-01", "EUFOR-RD-CONGO-2006", 780)]
    [InlineData("UNMIS", "2005-06-01", "UNMIS-2005", 75)]
    [InlineData("unamid", "2008-01-01", "UNAMID-2007", 250)]
    [InlineData("UNMISS", "2025-11-01", "UNMISS-2025-10", 50)]
    [InlineData("minusma", "2016-06-01", "MINUSMA-2016", 650)]
    [InlineData("eutm-mali", "2013-03-01", "EUTM-MALI-2013", 180)]
    [InlineData("counter-daesh", "2025-01-01", "COUNTER-DAESH-2024", 500)]
    [InlineData("KURDISTAN-IRAQ", "2015-03-01", "KURDISTAN-IRAQ-2015", 100)]
    [InlineData("sudan-evacuation", "2023-04-26", "SUDAN-EVACUATION-2023", 1600)]
    [InlineData("Syria-CW-Escort", "2014-06-01", "SYRIA-CW-ESCORT-2014", 300)]
    [InlineData("EUTM-SOMALIA", "2016-01-01", "EUTM-SOMALIA-2015", 20)]
    public void Check_show_and_strength_answer_for_the_operation(string id, string day, string mandate, int ceiling)
    {
        var check = Cli.Invoke("check", id, "--on", day, "--add", "1");
        Assert.Equal(0, check.Exit);
        Assert.Contains("AUTHORISED", check.Out);
        Assert.Contains($"mandate: {mandate}", check.Out);

        var show = Cli.Invoke("show", id, "--on", day, "--json");
        Assert.Equal(0, show.Exit);
        using (var json = JsonDocument.Parse(show.Out))
            Assert.Equal(mandate, json.RootElement.GetProperty("inForce").GetString());

        var strength = Cli.Invoke("strength", id, "--on", day, "--json");
        Assert.Equal(0, strength.Exit);
        using (var json = JsonDocument.Parse(strength.Out))
        {
            var stretch = json.RootElement.GetProperty("stretches")[0];
            Assert.Equal(0, stretch.GetProperty("strength").GetInt32());
            Assert.Equal(ceiling, stretch.GetProperty("headroom").GetInt32());
        }
    }

    [Theory]
    [InlineData("ISAF", "2015-01-01")]
    [InlineData("MINUSMA", "2024-06-01")]
    [InlineData("EUTM-MALI", "2023-06-01")]
    public void A_day_after_the_last_mandate_ended_is_refused(string id, string day)
    {
        var check = Cli.Invoke("check", id, "--on", day, "--add", "1");
        Assert.Equal(1, check.Exit);
        Assert.Contains("REFUSED", check.Out);
    }
}
