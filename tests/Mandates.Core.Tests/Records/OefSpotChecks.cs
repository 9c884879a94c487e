using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Mandates.Core.Tests.Records;

/// <summary>
/// Spot checks of Operation Enduring Freedom in the bundled record (issue 16): the ceiling on a day of
/// each recorded mandate, and the first and last day the record authorises. Each row cites its source;
/// a change of the record that changes one of these must change this table too, and say why.
/// </summary>
public class OefSpotChecks
{
    private static readonly LegalRecord Record = BundledRecord.Load();
    private static readonly Authoriser Authoriser = new(Record);

    [Theory]
    // 3,900 from the vote of 16 Nov 2001 (derstandard.at, wdr.de).
    [InlineData("2002-06-01", 3900)]
    // 1,800 under Drucksache 16/3150, vote of 9 Nov 2006 (hib 334/2006, Das Parlament 46/2006).
    [InlineData("2007-01-01", 1800)]
    // 1,400 under Drucksache 16/6939, vote of 16 Nov 2007 (hib 295/2007, Das Parlament 47/2007).
    [InlineData("2008-01-01", 1400)]
    // 800 under Drucksache 16/10720, vote of 13 Nov 2008 (Das Parlament 47/2008).
    [InlineData("2009-06-01", 800)]
    // 700 under Drucksache 17/38, vote of 3 Dec 2009 (hib 291/2009, ddp in sn-online.de).
    [InlineData("2010-06-01", 700)]
    public void The_ceiling_on_a_day_is_that_of_the_mandate_the_sources_give(string onDay, int ceiling)
    {
        var mandate = Chain.Governing(Oef, Day(onDay));
        Assert.NotNull(mandate);
        Assert.Equal(ceiling, mandate.Ceiling.Persons);
    }

    [Fact]
    public void Oef_is_authorised_from_the_vote_of_2001_to_the_end_of_the_last_recorded_mandate()
    {
        // First day: the vote of 16 Nov 2001; last: "bis 15. Dezember 2010" (ddp, 2009 vote).
        var (first, last) = (Day("2001-11-16"), Day("2010-12-15"));
        Assert.True(Authorised(first));
        Assert.False(Authorised(first.PlusDays(-1)));
        Assert.True(Authorised(last));
        Assert.False(Authorised(last.PlusDays(1)));
    }

    [Fact]
    public void Oef_is_one_chain_because_no_source_seen_shows_parallel_mandates()
    {
        Assert.Empty(Oef.Components);
        Assert.All(Oef.Mandates, m => Assert.Null(m.Component));
    }

    private static Operation Oef => Record.FindOperation("oef")!;

    private static bool Authorised(LocalDate day) =>
        Authoriser.Authorise(new DeploymentRequest(Oef.Id, new DateInterval(day, day), 0), ConstantStrength.None)
            .Authorised;

    private static LocalDate Day(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
