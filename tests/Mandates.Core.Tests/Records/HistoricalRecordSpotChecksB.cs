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
    // UNMIS: 75, vote of 22 Apr 2005 (Das Parlament 17/2005, Drs 15/5343); "bis Mitte August 2008" [estimate].
    [InlineData("UNMIS", "2005-06-01", 75, "2005-04-22", "2008-08-15")]
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
