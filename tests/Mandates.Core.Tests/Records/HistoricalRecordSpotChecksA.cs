using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Mandates.Core.Tests.Records;

/// <summary>
/// Spot checks of rec-a's operations in the bundled record (issue 16: the Balkans, the early years, the
/// Mediterranean and the seas): per operation a ceiling on a day, and the first and last day the record
/// authorises. Each row names the source the record cites for it; a row resting on a value the record marks
/// <c>verified: false</c> says so. A later edit that changes one of them must change this table too.
/// </summary>
public class HistoricalRecordSpotChecksA
{
    private static readonly LegalRecord Record = BundledRecord.Load();
    private static readonly Authoriser Authoriser = new(Record);

    private static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static bool Authorised(string operation, LocalDate day) =>
        Authoriser.Authorise(DeploymentRequest.On(new OperationId(operation), day, 1), ConstantStrength.None).Authorised;

    [Theory]
    //          operation            day           mandate               ceiling
    // das-parlament.de 2015/49: "Entsendung von 4.000 Bundeswehrsoldaten", vote of 6 December 1995
    [InlineData("IFOR",              "1996-03-01", "IFOR-1995",          4000)]
    // bpb chronicle 13 December 1996 and welt.de: "ca. 3 000" (unverified: "about")
    [InlineData("SFOR",              "1997-06-01", "SFOR-1996",          3000)]
    // bpb chronicle 30 June 1995: "Rund 1 500 Soldaten" (unverified: a strength, not a ceiling seen)
    [InlineData("UNPROFOR-RRF",      "1995-08-01", "UNPROFOR-RRF-1995",  1500)]
    // hib 225/2001 and taz: up to 500 soldiers, Drucksache 14/6830
    [InlineData("ESSENTIAL-HARVEST", "2001-09-10", "ESSENTIAL-HARVEST-2001", 500)]
    // Das Parlament (December 2001): extension from 27 December 2001, Drucksache 14/7770 (ceiling unverified)
    [InlineData("AMBER-FOX",         "2002-01-10", "AMBER-FOX-2001-12",  600)]
    // abendblatt.de and rf-news.de: ceiling cut from 2,400 to 900 on 18 December 2009
    [InlineData("ALTHEA",            "2010-06-01", "ALTHEA-2009",        900)]
    // bundestag.de Althea archive page: ceiling 800 from 1 December 2011
    [InlineData("ALTHEA",            "2012-06-01", "ALTHEA-2011",        800)]
    // bundestagszusammenfasser.de, Drucksache 20/11413: up to 50 from 1 July 2024
    [InlineData("ALTHEA",            "2024-12-01", "ALTHEA-2024",        50)]
    // bundestag.de text archive 2006: "Entsendung von bis zu 2.400 Soldaten", vote of 20 September 2006
    [InlineData("UNIFIL",            "2006-12-01", "UNIFIL-2006",        2400)]
    // Drucksache 18/5252: up to 300 to 30 June 2016
    [InlineData("UNIFIL",            "2015-12-01", "UNIFIL-2015",        300)]
    // hib 345/2008 and Drucksache 16/11416: up to 1,400, vote of 19 December 2008
    [InlineData("ATALANTA",          "2009-06-01", "ATALANTA-2008",      1400)]
    // ialana.de: Drucksache 18/4769 lowered the ceiling to 950 on 21 May 2015
    [InlineData("ATALANTA",          "2015-12-01", "ATALANTA-2015",      950)]
    // Spiegel and junge Welt (September/October 2016): up to 650
    [InlineData("SEA-GUARDIAN",      "2017-06-01", "SEA-GUARDIAN-2016",  650)]
    // Das Parlament: "statt bislang 650 nur noch 550", vote of 18 March 2022
    [InlineData("SEA-GUARDIAN",      "2022-06-01", "SEA-GUARDIAN-2022",  550)]
    // ialana.de and epd: up to 950 until 30 June 2017, vote of 7 July 2016
    [InlineData("SOPHIA",            "2016-12-01", "SOPHIA-2016",        950)]
    // dbwv.de and business-panorama.de: up to 300, vote of 7 May 2020
    [InlineData("IRINI",             "2020-09-01", "IRINI-2020",         300)]
    // lkz.de (dpa, 14 December 2012): "bis zu 400 Soldaten", Drucksache 17/11783
    [InlineData("ACTIVE-FENCE",      "2013-03-01", "ACTIVE-FENCE-2012",  400)]
    // Gaps closed by rec-c, one row per extension added.
    // Drucksache 18/8762: up to 300 to 30 June 2017 (vote day unverified)
    [InlineData("UNIFIL",            "2016-12-01", "UNIFIL-2016",        300)]
    // Drucksache 18/12866: up to 300 to 30 June 2018 (vote day unverified)
    [InlineData("UNIFIL",            "2017-12-01", "UNIFIL-2017",        300)]
    // reinhard-brandl.de: vote of 14 June 2018, "unverändert bis zu 300", to the end of June 2019
    [InlineData("UNIFIL",            "2018-12-01", "UNIFIL-2018",        300)]
    // bundestag.de kw26/2019, Drucksache 19/9956: "Weiterhin bis zu 300" to the end of June 2020 (vote day estimated)
    [InlineData("UNIFIL",            "2019-12-01", "UNIFIL-2019",        300)]
    // bundestag.de kw20/2021: extended on 17 June 2020 to 30 June 2021, ceiling 300
    [InlineData("UNIFIL",            "2020-12-01", "UNIFIL-2020",        300)]
    // bundestag.de kw20/2021, Drucksache 19/29626: 300 to 30 June 2022 (vote day estimated)
    [InlineData("UNIFIL",            "2021-12-01", "UNIFIL-2021",        300)]
    // epd (evangelisch.de, 23 June 2022): "weiterhin bis zu 300" to the end of June 2023 (day inferred)
    [InlineData("UNIFIL",            "2022-12-01", "UNIFIL-2022",        300)]
    // bundeswehr-journal.de and DW: vote of 23 June 2023, up to 300 to 30 June 2024
    [InlineData("UNIFIL",            "2023-12-01", "UNIFIL-2023",        300)]
    // hartpunkt.de (19 May 2017): up to 600 to 31 May 2018 (vote day derived, unverified)
    [InlineData("ATALANTA",          "2017-12-01", "ATALANTA-2017",      600)]
    // bundestag.de kw22/2020, Drucksache 19/18866: up to 400, vote of 27 May 2020
    [InlineData("ATALANTA",          "2020-12-01", "ATALANTA-2020",      400)]
    // dts (April 2021) and dbwv.de: the last mandate, to 30 April 2022 (ceiling carried over, unverified)
    [InlineData("ATALANTA",          "2021-12-01", "ATALANTA-2021",      400)]
    // bundestag.de kw16/2021, Drucksache 19/27661, dts (ceiling and end unverified)
    [InlineData("IRINI",             "2021-12-01", "IRINI-2021",         300)]
    // bundeswehr-journal.de: vote of 26 April 2023, up to 300 to 30 April 2024
    [InlineData("IRINI",             "2023-12-01", "IRINI-2023",         300)]
    // junge Welt (AFP, April 2024): "weiterhin 300" (end 30 April 2025 unverified)
    [InlineData("IRINI",             "2024-12-01", "IRINI-2024",         300)]
    // bundestag.de vote page id=832, Drucksache 20/5667; 550 from the 2024 motion's "wie bisher" (unverified)
    [InlineData("SEA-GUARDIAN",      "2023-12-01", "SEA-GUARDIAN-2023",  550)]
    // bundestag.de kw12/2024: "wie bisher bis zu 550" (vote day and end estimated)
    [InlineData("SEA-GUARDIAN",      "2024-12-01", "SEA-GUARDIAN-2024",  550)]
    // bundestag.de (Defence Committee page): vote of 29 June 2017, up to 950 to 30 June 2018
    [InlineData("SOPHIA",            "2017-12-01", "SOPHIA-2017",        950)]
    // merkur.de (dpa) and bmvg.de: unchanged 950, the last mandate to 30 June 2019
    [InlineData("SOPHIA",            "2018-12-01", "SOPHIA-2018",        950)]
    // zeit.de (AFP, 29 January 2014): "weiterhin bis zu 400" to the end of January 2015
    [InlineData("ACTIVE-FENCE",      "2014-06-01", "ACTIVE-FENCE-2014",  400)]
    // reinhard-brandl.de: vote of 29 January 2015, up to 400 to 31 January 2016
    [InlineData("ACTIVE-FENCE",      "2015-06-01", "ACTIVE-FENCE-2015",  400)]
    // Gaps closed by rec-eu (issue 16), one row per extension added: a day inside the former gap.
    // Drucksache 17/7742: up to 1,400 "längstens jedoch bis zum 18. Dezember 2012" (vote day estimated)
    [InlineData("ATALANTA",          "2012-02-01", "ATALANTA-2011",      1400)]
    // hib 270/2013 and abgeordnetenwatch node/990: 1,400 to 31 May 2014 (vote day estimated)
    [InlineData("ATALANTA",          "2013-12-01", "ATALANTA-2013",      1400)]
    // zeit.de (AFP, 30 April 2014): ceiling cut to 1,200, to 31 May 2015 (vote day estimated)
    [InlineData("ATALANTA",          "2014-12-01", "ATALANTA-2014",      1200)]
    // zeit.de and welt.de (AFP, December 2017): three months to 31 March 2018, ceiling unchanged (spdfraktion.de)
    [InlineData("SEA-GUARDIAN",      "2018-02-01", "SEA-GUARDIAN-2017-12", 650)]
    // bundestag.de kw12/2018, Drucksache 19/1097: vote of 22 March 2018, to 31 March 2019; 650 (dts, 2019)
    [InlineData("SEA-GUARDIAN",      "2018-12-01", "SEA-GUARDIAN-2018",  650)]
    // reinhard-brandl.de and bundestag.de kw11/2020, Drucksache 19/17286: vote of 13 March 2020, 650
    [InlineData("SEA-GUARDIAN",      "2020-12-01", "SEA-GUARDIAN-2020",  650)]
    // bundestag.de kw09/2021, Drucksache 19/26558: 1 April 2021 to 31 March 2022, 650 (vote day estimated)
    [InlineData("SEA-GUARDIAN",      "2021-12-01", "SEA-GUARDIAN-2021",  650)]
    // derstandard.at (APA/Reuters, November 2006): ceiling cut "von 3.000 auf 2.400" (vote day estimated)
    [InlineData("ALTHEA",            "2007-06-01", "ALTHEA-2006",        2400)]
    // funke/WAZ (2010): Althea "unverändert" with up to 900; vote of 2 December 2010 (evangelisch.de, derived)
    [InlineData("ALTHEA",            "2011-06-01", "ALTHEA-2010",        900)]
    // bundestag.de kw17/2018: the ceiling "im Jahr 2016 von 950 auf 600 … verringert" (vote day and period estimated)
    [InlineData("ATALANTA",          "2016-12-01", "ATALANTA-2016",      600)]
    // abgeordnetenwatch (Atalanta 2019/2020, 527/82/35); bundestag.de kw19/2020: 400 to the end of May 2020
    [InlineData("ATALANTA",          "2019-12-01", "ATALANTA-2019",      400)]
    // finanznachrichten.de (dts, December 2024): to 30 November 2025; bundestag.de kw46/2025: "wie bisher" 550
    [InlineData("SEA-GUARDIAN",      "2025-06-01", "SEA-GUARDIAN-2025-01", 550)]
    // bundestag.de kw46/2025, Drucksache 21/2069; vote of 13 November 2025 (fokus-afrika.de)
    [InlineData("SEA-GUARDIAN",      "2026-01-15", "SEA-GUARDIAN-2025-11", 550)]
    // bundestag.de kw17/2022, Drucksache 20/1240: "wie bisher bis zu 300", to the end of April 2023 (vote day
    // estimated)
    [InlineData("IRINI",             "2022-12-01", "IRINI-2022",         300)]
    // dts (December 2024) and abgeordnetenwatch ("im Januar 2025"): to 30 November 2025 (ceiling unverified)
    [InlineData("IRINI",             "2025-07-01", "IRINI-2025-01",      300)]
    // Gaps closed by rec-un (session 22), one row per extension added.
    // Das Parlament 38/2007 and taz !244675: cut to 1,400, vote of 12 September 2007, to 15 September 2008
    [InlineData("UNIFIL",            "2008-03-01", "UNIFIL-2007",        1400)]
    // Das Parlament 39/2008: cut to 1,200, vote of 17 September 2008, to 15 December 2009
    [InlineData("UNIFIL",            "2009-06-01", "UNIFIL-2008",        1200)]
    // bundestag.de text archive 2009 kw49, Drucksache 17/2171: cut to 800, vote of 3 December 2009
    [InlineData("UNIFIL",            "2010-03-01", "UNIFIL-2009",        800)]
    // hib 201/2010 and thb.info: cut to 300, to 30 June 2011 (vote day estimated)
    [InlineData("UNIFIL",            "2010-12-01", "UNIFIL-2010",        300)]
    // Drucksache 17/6133; ceiling and end unverified (300 of 2010 and 2012)
    [InlineData("UNIFIL",            "2011-12-01", "UNIFIL-2011",        300)]
    // hib of 11 June 2012, Drucksache 17/10162: up to 300 to the end of June 2013 (vote day estimated)
    [InlineData("UNIFIL",            "2012-12-01", "UNIFIL-2012",        300)]
    // Drucksache 17/14161: up to 300 to 30 June 2014 (vote day estimated)
    [InlineData("UNIFIL",            "2013-12-01", "UNIFIL-2013",        300)]
    // Drucksache 18/1813: up to 300 to 30 June 2015 (vote day estimated; counts abgeordnetenwatch)
    [InlineData("UNIFIL",            "2014-12-01", "UNIFIL-2014",        300)]
    public void The_ceiling_on_a_day_is_the_one_the_sources_give(string operation, string day, string mandate, int ceiling)
    {
        var governing = Chain.Governing(Record.FindOperation(operation)!, Day(day))!;
        Assert.Equal(mandate, governing.Id.Value);
        Assert.Equal(ceiling, governing.Ceiling.Persons);
        Assert.True(Authorised(operation, Day(day)), $"{operation} is not authorised on {day}");
    }

    [Theory]
    //          operation            first day     last day
    // vote of 6 December 1995 (Plenarprotokoll 13/76); end 20 December 1996 unverified (handover to SFOR)
    [InlineData("IFOR",              "1995-12-06", "1996-12-20")]
    // vote of 13 December 1996 (bpb); end 1 December 2004 unverified (the EU took over on 2 December)
    [InlineData("SFOR",              "1996-12-13", "2004-12-01")]
    // vote of 30 June 1995 (bpb); end 20 December 1995 unverified (UNPROFOR handed over to IFOR)
    [InlineData("UNPROFOR-RRF",      "1995-06-30", "1995-12-20")]
    // vote of 29 August 2001 (Plenarprotokoll 14/184, taz); end 26 September 2001 (weltalmanach, unverified)
    [InlineData("ESSENTIAL-HARVEST", "2001-08-29", "2001-09-26")]
    // vote of 27 September 2001 (weltalmanach); last extension to 15 December 2002 (taz, October 2002)
    [InlineData("AMBER-FOX",         "2001-09-27", "2002-12-15")]
    // first consent 26 November 2004 (bundestag.de); last mandate to 30 June 2026 (dts)
    [InlineData("ALTHEA",            "2004-11-26", "2026-06-30")]
    // vote of 20 September 2006 (bundestag.de); last mandate to the end of June 2026 (unverified day)
    [InlineData("UNIFIL",            "2006-09-20", "2026-06-30")]
    // vote of 19 December 2008 (Plenarprotokoll 16/197); the last mandate ran out on 30 April 2022 (dbwv.de)
    [InlineData("ATALANTA",          "2008-12-19", "2022-04-30")]
    // vote of 29 September 2016 (unverified day, junge Welt); last mandate "bis Ende November 2026"
    // (bundestag.de kw46/2025; the day taken as 30 November)
    [InlineData("SEA-GUARDIAN",      "2016-09-29", "2026-11-30")]
    // vote of 1 October 2015 (ialana); the last mandate ran out on 30 June 2019 (bmvg.de)
    [InlineData("SOPHIA",            "2015-10-01", "2019-06-30")]
    // vote of 7 May 2020 (dbwv.de); last mandate to the end of November 2026 (unverified estimate)
    [InlineData("IRINI",             "2020-05-07", "2026-11-30")]
    // vote of 14 December 2012 (plenary record 17/215 as reproduced); last mandate to 31 January 2016
    // (oliver-kaczmarek.de; zeit.de, AFP)
    [InlineData("ACTIVE-FENCE",      "2012-12-14", "2016-01-31")]
    public void The_first_and_last_days_authorised_are_the_ones_the_record_gives(string operation, string first, string last)
    {
        Assert.False(Authorised(operation, Day(first).PlusDays(-1)), $"{operation} is authorised before {first}");
        Assert.True(Authorised(operation, Day(first)), $"{operation} is not authorised on {first}");
        Assert.True(Authorised(operation, Day(last)), $"{operation} is not authorised on {last}");
        Assert.False(Authorised(operation, Day(last).PlusDays(1)), $"{operation} is authorised after {last}");
    }

    [Fact]
    public void Every_value_of_rec_a_operations_that_no_source_confirmed_says_why_in_a_note()
    {
        var ids = new[] { "IFOR", "SFOR", "UNPROFOR-RRF", "ESSENTIAL-HARVEST", "AMBER-FOX", "ALTHEA", "UNIFIL",
            "ATALANTA", "SEA-GUARDIAN", "SOPHIA", "IRINI", "ACTIVE-FENCE" };
        foreach (var id in ids)
        {
            var operation = Record.FindOperation(id);
            Assert.NotNull(operation);
            Assert.NotEmpty(operation.Mandates);
            foreach (var mandate in operation.Mandates)
            {
                // Every mandate in these chains was consented to by a recorded vote: none is left pending.
                Assert.NotNull(mandate.Vote);
                Assert.Equal(VoteResult.Adopted, mandate.Vote.Result);
                if (mandate.Ceiling.Provenance is { Verified: false } ceiling)
                    Assert.False(string.IsNullOrWhiteSpace(ceiling.Note), $"{mandate.Id}: ceiling unverified without a note");
            }
        }
    }
}
