using System.Text.Json.Nodes;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// `list --on DAY` across the bundled record's thirty years: the operations the Bundestag had authorised that
/// day are listed as authorised, those ended or not yet begun are not (each fact from the record's sources;
/// the record's known gaps, years whose extension is not yet recorded, are left out of both lists).
/// </summary>
public class ListOnDatesTests
{
    [Theory]
    // SFOR (1996, unlimited from 1998), KFOR (1999), ISAF (22 Dec 2001), Amber Fox (Sep 2001 – Dec 2002).
    [InlineData("2002-01-15", "AMBER-FOX ISAF KFOR SFOR", "IFOR UNIFIL ATALANTA RSM ESSENTIAL-HARVEST")]
    // ISAF, KFOR, Atalanta (since Dec 2008), Althea (since 2004).
    [InlineData("2010-06-01", "ALTHEA ATALANTA ISAF KFOR", "RSM SFOR MINUSMA COUNTER-DAESH")]
    // Resolute Support followed ISAF; MINUSMA, Counter Daesh, Sophia, UNIFIL's 2015 mandate.
    [InlineData("2016-06-01", "COUNTER-DAESH KFOR MINUSMA RSM SOPHIA UNIFIL", "ISAF IRINI ASPIDES")]
    // The government's note's KFOR-2025, Aspides, UNIFIL 2025, UNMISS 2025.
    [InlineData("2025-07-01", "ASPIDES KFOR UNIFIL UNMISS", "ISAF RSM MINUSMA EUTM-MALI SOPHIA ATALANTA")]
    public void The_operations_authorised_on_a_day_are_those_the_Bundestag_had_consented_to(
        string day, string authorised, string not)
    {
        var run = Cli.Invoke("list", "--on", day, "--json");
        Assert.Equal(0, run.Exit);
        var operations = JsonNode.Parse(run.Out)!["operations"]!.AsArray()
            .ToDictionary(o => (string)o!["operation"]!, o => (bool)o!["authorised"]!);
        foreach (var id in authorised.Split(' ')) Assert.True(operations[id], $"{id} should be authorised on {day}");
        foreach (var id in not.Split(' ')) Assert.False(operations[id], $"{id} should not be authorised on {day}");
    }
}
