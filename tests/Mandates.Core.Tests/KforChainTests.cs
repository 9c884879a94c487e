using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Mandates.Core.Tests;

/// <summary>
/// KFOR's chain in the bundled record, one row per yearly consent since 1999 (issue 18): the day of
/// the vote, the motion's printed paper, the ceiling and the counts where known. A later edit that
/// changes one of them must change this table too, and say why. Values no source confirms are in the
/// record with <c>verified: false</c> and a note; the table holds what the record says.
/// </summary>
public class KforChainTests
{
    private static readonly LegalRecord Record = BundledRecord.Load();
    private static readonly Operation Kfor = Record.FindOperation("KFOR")!;

    [Theory]
    //          year  vote date     Drucksache             ceiling  yes   no    abst.
    [InlineData(1999, "1999-06-11", "Drucksache 14/1133",  8500,    505,  24,   11)]
    [InlineData(2000, "2000-06-08", "Drucksache 14/3454",  8500,    null, null, null)]
    [InlineData(2001, "2001-05-31", "Drucksache 14/5972",  8500,    null, null, null)]
    [InlineData(2002, "2002-06-06", "Drucksache 14/8991",  8500,    null, null, null)]
    [InlineData(2003, "2003-06-05", "Drucksache 15/1013",  8500,    null, null, null)]
    [InlineData(2004, "2004-05-27", "Drucksache 15/3175",  8500,    574,  7,    1)]
    [InlineData(2005, "2005-06-02", "Drucksache 15/5428",  8500,    575,  7,    0)]
    [InlineData(2006, "2006-06-01", "Drucksache 16/1509",  8500,    null, null, null)]
    [InlineData(2007, "2007-06-21", "Drucksache 16/5600",  8500,    518,  58,   3)]
    [InlineData(2008, "2008-06-05", "Drucksache 16/9287",  8500,    499,  57,   3)]
    [InlineData(2009, "2009-05-28", "Drucksache 16/12881", 3500,    503,  54,   8)]
    [InlineData(2010, "2010-06-10", "Drucksache 17/1683",  2500,    485,  71,   10)]
    [InlineData(2011, "2011-06-10", "Drucksache 17/5706",  1850,    null, null, null)]
    [InlineData(2012, "2012-05-25", "Drucksache 17/9505",  1850,    486,  70,   8)]
    [InlineData(2013, "2013-06-13", "Drucksache 17/13661", 1850,    null, null, null)]
    [InlineData(2014, "2014-06-05", "Drucksache 18/1415",  1850,    529,  59,   7)]
    [InlineData(2015, "2015-06-18", "Drucksache 18/5052",  1850,    532,  59,   7)]
    [InlineData(2016, "2016-06-23", "Drucksache 18/8623",  1350,    502,  64,   6)]
    [InlineData(2017, "2017-06-22", "Drucksache 18/12298", 800,     513,  55,   5)]
    [InlineData(2018, "2018-06-14", null,                  800,     null, null, null)]
    [InlineData(2019, "2019-06-28", "Drucksache 19/10421", 400,     493,  146,  6)]
    [InlineData(2020, "2020-06-17", "Drucksache 19/19001", 400,     513,  152,  5)]
    [InlineData(2021, "2021-06-24", "Drucksache 19/29625", 400,     467,  126,  4)]
    [InlineData(2022, "2022-07-08", "Drucksache 20/1976",  400,     526,  99,   2)]
    [InlineData(2023, "2023-05-26", "Drucksache 20/6654",  400,     505,  93,   2)]
    [InlineData(2024, "2024-06-27", "Drucksache 20/11565", 400,     535,  91,   2)]
    [InlineData(2025, "2025-06-26", "Drucksache 21/230",   400,     391,  189,  2)]
    public void Each_yearly_consent_is_in_the_chain_as_the_sources_give_it(int year, string voteDate, string? document, int ceiling, int? yes, int? no, int? abstentions)
    {
        var mandate = Assert.Single(Kfor.Mandates, m => m.Id.Value == $"KFOR-{year}");
        var vote = mandate.Vote!;
        Assert.Equal(LocalDatePattern.Iso.Parse(voteDate).Value, vote.Date);
        Assert.Equal(VoteResult.Adopted, vote.Result);
        Assert.Equal(document, mandate.Document);
        Assert.Equal(ceiling, mandate.Ceiling.Persons);
        Assert.Equal((yes, no, abstentions), (vote.Yes, vote.No, vote.Abstentions));
        // The chain is open-ended throughout, as every KFOR motion asks.
        Assert.Null(mandate.End);
        // Consent begins with the vote, and from that day this mandate governs KFOR.
        Assert.Equal(vote.Date, mandate.ConsentBegins);
        Assert.Equal(mandate.Id, Chain.Governing(Kfor, vote.Date)!.Id);
    }

    [Fact]
    public void The_chain_holds_a_consent_for_every_year_from_1999_to_2025_oldest_first()
    {
        Assert.True(Kfor.Mandates.Count >= 25, $"KFOR has {Kfor.Mandates.Count} mandates");
        Assert.Equal(Enumerable.Range(1999, 27), Kfor.Mandates.Select(m => m.Vote!.Date.Year));
        Assert.Equal(Kfor.Mandates.Select(m => m.Vote!.Date).Order(), Kfor.Mandates.Select(m => m.Vote!.Date));
    }

    [Fact]
    public void No_vote_is_dated_on_its_motions_first_reading()
    {
        foreach (var m in Kfor.Mandates.Where(m => m.Motion?.FirstReading is not null))
            Assert.True(m.Vote!.Date > m.Motion!.FirstReading!.Value, $"{m.Id}: vote {m.Vote.Date} is not after the first reading {m.Motion.FirstReading}");
    }

    [Fact]
    public void Disputed_and_estimated_votes_are_marked_unverified_with_a_note_naming_the_sources()
    {
        // Sources disagree on the counts (issue 18): each is recorded with the figure chosen and a note naming both.
        foreach (var (year, other) in new[] { (2007, "515"), (2010, "486"), (2015, "60") })
        {
            var vote = Kfor.Mandates.Single(m => m.Id.Value == $"KFOR-{year}").Vote!;
            Assert.False(vote.Provenance.Verified);
            Assert.Contains(other, vote.Provenance.Note);
        }
        var aspides = Record.FindOperation("ASPIDES")!.Mandates.Single(m => m.Id.Value == "ASPIDES-2025-10").Vote!;
        Assert.Equal((435, 69, 77), (aspides.Yes, aspides.No, aspides.Abstentions));
        Assert.False(aspides.Provenance.Verified);
        Assert.Contains("436", aspides.Provenance.Note);
        // The vote of 2023 is no longer dated on its first reading (11 May 2023).
        var kfor2023 = Kfor.Mandates.Single(m => m.Id.Value == "KFOR-2023");
        Assert.Equal(new LocalDate(2023, 5, 11), kfor2023.Motion!.FirstReading);
        Assert.Equal(new LocalDate(2023, 5, 26), kfor2023.Vote!.Date);
    }
}
