using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Mandates.Core.Tests.Records;

/// <summary>
/// Spot checks of the historical record for Afghanistan, Africa and the Middle East (issue 16, list
/// "rec-b"), loaded from the bundled record: per operation the ceiling on a day, and the first and
/// the last day any of its mandates authorises. Each row cites the document the value comes from;
/// a value marked "[estimate]" is in the record with <c>verified: false</c> and a note saying how
/// it was derived, and the row holds what the record says. A later edit of the record that changes
/// one of these must change this table too, and say why.
/// </summary>
public class HistoricalRecordSpotChecksB
{
    private static readonly LegalRecord Record = BundledRecord.Load();
    private static readonly Authoriser Authoriser = new(Record);

    [Theory]
    // ISAF: 1,200 from 22 Dec 2001 (bundestag.de text archive, "10 Jahre ISAF"); last day 31 Dec 2014 (Drs 18/602).
    [InlineData("ISAF", "2002-01-15", 1200, "2001-12-22", "2014-12-31")]
    // RSM: 980 (Drs 18/6946); first vote 18 Dec 2014 [estimate: "am Donnerstag", nielsannen.de];
    // last day 31 Jan 2022 [estimate: cabinet via zdf.de; bundestag.de says 1 Jan 2022].
    [InlineData("RSM", "2016-06-01", 980, "2014-12-18", "2022-01-31")]
    // Kabul evacuation (§ 5): 600 and "bis zum 30. September" (dts, Reuters); began 16 Aug 2021 (dts).
    [InlineData("KABUL-EVACUATION", "2021-08-20", 600, "2021-08-16", "2021-09-30")]
    // EUFOR RD Congo: 780, vote of 1 June 2006 (text archive); four months after the 30 July election [estimate].
    [InlineData("EUFOR-RD-CONGO", "2006-08-01", 780, "2006-06-01", "2006-11-30")]
    // UNMIS: 75, vote of 22 Apr 2005 (Das Parlament 17/2005, Drs 15/5343); the last mandate (junge Welt, June
    // 2010) lasts as long as UNSCR 1590, in force to 9 July 2011 [estimate, see unscr-1590.yaml].
    [InlineData("UNMIS", "2005-06-01", 75, "2005-04-22", "2011-07-09")]
    // UNAMID: 250 from 15 Nov 2007 (Das Parlament 47/2007); ended 31 Dec 2020 (Drs 19/17033, reinhard-brandl.de).
    [InlineData("UNAMID", "2008-01-01", 250, "2007-11-15", "2020-12-31")]
    // UNMISS: 50 (bundestag.de text archive 2020 kw11); first 8 July 2011 (defence committee page);
    // to 31 Oct 2026 (suv.report, text archive of 16 Oct 2025).
    [InlineData("UNMISS", "2020-06-01", 50, "2011-07-08", "2026-10-31")]
    // MINUSMA: 650 from 28 Jan 2016 (text archive 2016 kw04); first vote 27 June 2013 [mandates.csv];
    // last day 31 May 2024 (abgeordnetenwatch, letztmalige Verlängerung).
    [InlineData("MINUSMA", "2016-06-01", 650, "2013-06-27", "2024-05-31")]
    // EUTM Mali: 180 (abgeordnetenwatch 17th WP); from 28 Feb 2013 and "mit Ablauf des 31.05.2023" (Bundeswehr).
    [InlineData("EUTM-MALI", "2013-03-01", 180, "2013-02-28", "2023-05-31")]
    // Gaps closed by rec-eu (issue 16): a day inside each former gap, with the ceiling then in force.
    // EUTM Mali 2015: 350 "statt bisher maximal 250" (augengeradeaus, Drucksache 18/3836), to 31 May 2016.
    [InlineData("EUTM-MALI", "2015-06-01", 350, "2013-02-28", "2023-05-31")]
    // EUTM Mali 2016: "bis längstens 31. Mai 2017" (abgeordnetenwatch, 496/67/2); 300 (welt.de, May 2017, unverified).
    [InlineData("EUTM-MALI", "2016-12-01", 300, "2013-02-28", "2023-05-31")]
    // EUTM Mali 2018: 350 to 31 May 2019 (cabinet of 11 April 2018, dpa via dailysabah).
    [InlineData("EUTM-MALI", "2018-12-01", 350, "2013-02-28", "2023-05-31")]
    // EUTM Mali 2019: 350 to 31 May 2020, Drucksache 19/8971, vote of 9 May 2019 (abgeordnetenwatch, augengeradeaus).
    [InlineData("EUTM-MALI", "2019-12-01", 350, "2013-02-28", "2023-05-31")]
    // EUTM Mali 2020: 450, "gilt bis Ende Mai 2021" (dpa via der-farang.com; vote day derived).
    [InlineData("EUTM-MALI", "2020-12-01", 450, "2013-02-28", "2023-05-31")]
    // EUTM Mali 2021: "600 statt 450" to 31 May 2022 (welt-sichten, dts; vote day estimated).
    [InlineData("EUTM-MALI", "2021-12-01", 600, "2013-02-28", "2023-05-31")]
    // Counter Daesh: 1,200 from 4 Dec 2015 (FAZ, tagesschau); Iraq mandate to 31 Jan 2026 (dts, 17 Oct 2024).
    [InlineData("COUNTER-DAESH", "2016-01-01", 1200, "2015-12-04", "2026-01-31")]
    // Gaps closed by rec-eu (issue 16), a day inside each: 800 to 31 October 2019 (dpa via der-farang.com);
    // 700 in force in October 2020 (dbwv.de, unverified for 2019); 500 from November 2020 (oliver-kaczmarek.de,
    // Drucksache 19/22207); 500 "bleibt erhalten" (dpa, January 2022); 500 to October 2023 (handelsblatt.com, dpa);
    // 500 to 31 October 2024 (bundestag.de kw39/2024).
    // Counter Daesh 2016: extended "im November 2016 bis zum 31. Dezember 2017", 1,200 kept (rainer-arnold.de).
    [InlineData("COUNTER-DAESH", "2017-06-01", 1200, "2015-12-04", "2026-01-31")]
    [InlineData("COUNTER-DAESH", "2019-06-01", 800, "2015-12-04", "2026-01-31")]
    [InlineData("COUNTER-DAESH", "2020-06-01", 700, "2015-12-04", "2026-01-31")]
    [InlineData("COUNTER-DAESH", "2021-06-01", 500, "2015-12-04", "2026-01-31")]
    [InlineData("COUNTER-DAESH", "2022-06-01", 500, "2015-12-04", "2026-01-31")]
    [InlineData("COUNTER-DAESH", "2023-06-01", 500, "2015-12-04", "2026-01-31")]
    [InlineData("COUNTER-DAESH", "2024-06-01", 500, "2015-12-04", "2026-01-31")]
    // Kurdistan-Iraq: 100 from 29 Jan 2015 (bundeswehr-journal.de); the bridging extension of December 2017
    // ran "bis Ende März" 2018 (Zeit Online) [estimate: 31 March].
    [InlineData("KURDISTAN-IRAQ", "2015-03-01", 100, "2015-01-29", "2018-03-31")]
    // Kurdistan-Iraq 2016: "künftig bis zu 150 statt bisher 100" (nordkurier.de; abgeordnetenwatch 442/82/48).
    [InlineData("KURDISTAN-IRAQ", "2016-06-01", 150, "2015-01-29", "2018-03-31")]
    // Sudan evacuation (§ 5): 1,600, first forces sent on 23 Apr 2023, "bis längstens 31. Mai 2023"
    // (bundestag.de text archive 2023 kw17; dts).
    [InlineData("SUDAN-EVACUATION", "2023-04-26", 1600, "2023-04-23", "2023-05-31")]
    // Escort of the CAPE RAY: 300 to 31 Dec 2014 (Drs 18/1067); vote of 9 Apr 2014 [estimate: dpa "heute"].
    [InlineData("SYRIA-CW-ESCORT", "2014-06-01", 300, "2014-04-09", "2014-12-31")]
    // EUTM Somalia: 20 from 3 Apr 2014 (defence committee page); to 31 Mar 2018 (same page, 2017).
    [InlineData("EUTM-SOMALIA", "2014-06-01", 20, "2014-04-03", "2018-03-31")]
    // EUTM Somalia 2016: 20 to 31 March 2017, vote of 17 March 2016 (bmvg.de) - closed by rec-eu.
    [InlineData("EUTM-SOMALIA", "2016-06-01", 20, "2014-04-03", "2018-03-31")]
    public void The_ceiling_and_the_first_and_last_day_authorised_are_as_the_sources_give_them(
        string id, string onDay, int ceiling, string firstDay, string lastDay)
    {
        var operation = Record.FindOperation(id);
        Assert.NotNull(operation);

        var mandate = Chain.Governing(operation, Day(onDay));
        Assert.NotNull(mandate);
        Assert.Equal(ceiling, mandate.Ceiling.Persons);

        var first = Day(firstDay);
        var last = Day(lastDay);
        Assert.True(Authorised(operation, first), $"{id} is not authorised on its first day {first}");
        Assert.False(Authorised(operation, first.PlusDays(-1)), $"{id} is authorised on the day before {first}");
        Assert.True(Authorised(operation, last), $"{id} is not authorised on its last day {last}");
        Assert.False(Authorised(operation, last.PlusDays(1)), $"{id} is authorised on the day after {last}");
    }

    [Theory]
    // Gaps closed by rec-un (session 22): a day inside each former gap, the mandate governing it and its ceiling.
    // UNMIS: Drucksache 16/1148, consent from 2 Oct 2005 under § 4 (Drs 15/5997 of 24 Sep 2005)
    [InlineData("UNMIS", "2006-01-15", "UNMIS-2005-09", 75)]
    // UNMIS: junge Welt (8 Apr 2006), vote of 7 Apr 2006 [estimate: "am Freitag"]
    [InlineData("UNMIS", "2006-06-01", "UNMIS-2006-04", 75)]
    // UNMIS: Drucksache 16/2777 and Das Parlament 44-45/2006 (Drs 16/2900) [end estimated]
    [InlineData("UNMIS", "2007-01-15", "UNMIS-2006-09", 75)]
    // UNMIS: Das Parlament 39/2008, vote of 17 Sep 2008 [ceiling unverified]
    [InlineData("UNMIS", "2009-01-15", "UNMIS-2008", 75)]
    // UNMIS: Das Parlament 28/2009, vote of 2 Jul 2009, "bis zu 75 Soldaten bis zum 15. August 2010"
    [InlineData("UNMIS", "2010-01-15", "UNMIS-2009", 75)]
    // UNMIS: junge Welt (19 Jun 2010), "unverändert bei 75", to 15 Aug 2011
    [InlineData("UNMIS", "2011-01-15", "UNMIS-2010", 75)]
    // UNAMID: Das Parlament 39/2008, vote of 17 Sep 2008 [ceiling unverified]
    [InlineData("UNAMID", "2009-01-15", "UNAMID-2008", 250)]
    // UNAMID: Das Parlament 28/2009 and hib 191/2009: up to 250 to 15 Aug 2010
    [InlineData("UNAMID", "2010-01-15", "UNAMID-2009", 250)]
    // UNAMID: junge Welt (19 Jun 2010): cut from 250 to 50, to 15 Aug 2011
    [InlineData("UNAMID", "2011-01-15", "UNAMID-2010", 50)]
    // UNAMID: WD 2 - 3000 - 024/12 (vote of 8 Jul 2011) and abgeordnetenwatch: 50 to 15 Nov 2012
    [InlineData("UNAMID", "2012-01-15", "UNAMID-2011", 50)]
    // UNAMID: Drs 18/3006 and abgeordnetenwatch (2014) [ceiling and end unverified]
    [InlineData("UNAMID", "2015-06-01", "UNAMID-2014", 50)]
    // UNAMID: epd (13 Nov 2015): up to 50 "bis Ende 2016"
    [InlineData("UNAMID", "2016-06-01", "UNAMID-2015", 50)]
    // UNAMID: APA (23 Mar 2018) and abgeordnetenwatch: 50 from 1 Apr 2018 to 31 Mar 2019
    [InlineData("UNAMID", "2018-10-01", "UNAMID-2018", 50)]
    // UNAMID: text archive 2019 kw08, Drs 19/7725: 50 to 31 Mar 2020
    [InlineData("UNAMID", "2019-10-01", "UNAMID-2019", 50)]
    // UNMISS: WD 2 - 3000 - 024/12 (vote of 29 Sep 2011) and abgeordnetenwatch: 50 to 15 Nov 2012
    [InlineData("UNMISS", "2012-03-01", "UNMISS-2011-09", 50)]
    // UNMISS: Drucksache 18/3191: up to 50 "längstens bis zum 31. Dezember 2015"
    [InlineData("UNMISS", "2015-06-01", "UNMISS-2014", 50)]
    // UNMISS: Drucksache 18/6638: up to 50 to 31 Dec 2016; vote of 12 Nov 2015 [estimate, epd]
    [InlineData("UNMISS", "2016-06-01", "UNMISS-2015", 50)]
    // UNMISS: Drucksache 18/10547, kirsten-luehmann.de: 50 "bis Ende 2017"
    [InlineData("UNMISS", "2017-06-01", "UNMISS-2016", 50)]
    // UNMISS: APA (23 Mar 2018): 50 to the end of March 2019
    [InlineData("UNMISS", "2018-10-01", "UNMISS-2018", 50)]
    // UNMISS: abgeordnetenwatch (vote of 21 Mar 2019); svz.de (dpa): ends 31 Mar 2020
    [InlineData("UNMISS", "2019-10-01", "UNMISS-2019", 50)]
    // UNMISS: bundeswehr-journal.de (vote of 3 Mar 2021) [ceiling and end unverified]
    [InlineData("UNMISS", "2021-10-01", "UNMISS-2021", 50)]
    // UNMISS: bundestag.de vote page id=909 (21 Mar 2024, Drs 20/10160): 50 to the end of March 2025
    [InlineData("UNMISS", "2024-10-01", "UNMISS-2024", 50)]
    // MINUSMA: Drucksache 18/1811: up to 150 to 30 June 2015 (vote day estimated)
    [InlineData("MINUSMA", "2014-12-01", "MINUSMA-2014", 150)]
    // MINUSMA: text archive 2018 kw17 (vote of 26 Apr 2018, Drs 19/1098): 1,100 to 31 May 2019
    [InlineData("MINUSMA", "2018-10-01", "MINUSMA-2018", 1100)]
    // MINUSMA: abgeordnetenwatch (vote of 9 May 2019), augengeradeaus (Drs 19/8972): unchanged 1,100
    [InlineData("MINUSMA", "2019-10-01", "MINUSMA-2019", 1100)]
    // MINUSMA: text archive 2021 kw16: "Beschluss vom 29. Mai 2020 … bis zum 31. Mai 2021", 1,100
    [InlineData("MINUSMA", "2020-10-01", "MINUSMA-2020", 1100)]
    // MINUSMA: dts and RND (May 2021): 1,100 to 31 May 2022 (vote day estimated)
    [InlineData("MINUSMA", "2021-10-01", "MINUSMA-2021", 1100)]
    public void A_day_inside_a_former_gap_is_authorised_with_the_ceiling_the_sources_give(
        string id, string onDay, string mandateId, int ceiling)
    {
        var operation = Record.FindOperation(id);
        Assert.NotNull(operation);
        var mandate = Chain.Governing(operation, Day(onDay));
        Assert.NotNull(mandate);
        Assert.Equal(mandateId, mandate.Id.Value);
        Assert.Equal(ceiling, mandate.Ceiling.Persons);
        Assert.True(Authorised(operation, Day(onDay)), $"{id} is not authorised on {onDay}");
    }

    [Fact]
    public void The_Kabul_evacuation_is_a_subsequent_approval_whose_consent_reaches_back_to_the_deployment()
    {
        var mandate = Assert.Single(Record.FindOperation("KABUL-EVACUATION")!.Mandates);
        Assert.Equal(Procedure.SubsequentApproval, mandate.Procedure);
        // § 5 ParlBG: the deployment began on 16 August; the Bundestag approved it on 25 August 2021.
        Assert.Equal(Day("2021-08-25"), mandate.Vote!.Date);
        Assert.Equal(Day("2021-08-16"), mandate.ConsentBegins);
    }

    [Theory]
    // ISAF: 4,860 deployed at the vote of 28 Jan 2011 (Hamburger Abendblatt).
    [InlineData("ISAF", "2011-01-28", 4860, false)]
    // RSM: "rund 1200" in March 2020 (Süddeutsche Zeitung, day of the vote).
    [InlineData("RSM", "2020-03-13", 1200, true)]
    // UNMISS: twelve soldiers in March 2020 (augengeradeaus.net).
    [InlineData("UNMISS", "2020-03-12", 12, false)]
    // UNAMID: three soldiers in February 2019 (bundestag.de text archive 2019 kw08).
    [InlineData("UNAMID", "2019-02-21", 3, false)]
    // MINUSMA: "etwa 1000" in May 2023 (Süddeutsche Zeitung).
    [InlineData("MINUSMA", "2023-05-31", 1000, true)]
    public void Reported_strength_is_the_figure_the_source_gives_apart_from_the_ceiling(
        string id, string day, int persons, bool approximate)
    {
        var figure = Assert.Single(Record.FindOperation(id)!.ReportedStrength, r => r.Date == Day(day));
        Assert.Equal(persons, figure.Persons);
        Assert.Equal(approximate, figure.Approximate);
    }

    private static bool Authorised(Operation operation, LocalDate day) =>
        Authoriser.Authorise(new DeploymentRequest(operation.Id, new DateInterval(day, day), 0), ConstantStrength.None).Authorised;

    private static LocalDate Day(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
