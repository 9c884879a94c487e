using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Mandates.Core.Tests.Records;

/// <summary>
/// The chains of mandates in the bundled record (issue 16) have no unexplained gap: between the first and the last
/// day the record authorises an operation, every day is authorised except the lapses the sources show, and the
/// operation's file says so where it has one. A gap left by a missing extension would make <c>check</c> and
/// <c>list --on</c> call a consented day unauthorised; a gap closed later, or a new one, fails until a row says so.
/// </summary>
public class HistoricalChainGapsTests
{
    private static readonly LegalRecord Record = BundledRecord.Load();
    private static readonly Authoriser Authoriser = new(Record);

    // The record's mandates all lie within these years.
    private static readonly LocalDate Earliest = Day("1993-01-01");
    private static readonly LocalDate Latest = Day("2027-12-31");

    [Theory]
    //          operation  first day     last day      what the file says of its lapses, the lapses ("from..to")
    // UNIFIL: taz !244675 (to 15 Sep 2008) and Das Parlament 39/2008 (vote of 17 Sep 2008).
    [InlineData("UNIFIL",  "2006-09-20", "2026-06-30", "lapse of consent", "2008-09-16..2008-09-16")]
    // UNMIS: Drucksache 16/7141 (to 15 Aug 2008) and Das Parlament 39/2008 (vote of 17 Sep 2008). The days
    // from 25 Sep to 1 Oct 2005, before the simplified consent of 2 Oct 2005 (Drucksache 16/1148), are no lapse:
    // the motion was distributed on 24 Sep 2005, so § 7(2) ParlBG bridges them. Last day: UNSCR 1590 in force
    // to 9 July 2011 (unverified, see unscr-1590.yaml).
    [InlineData("UNMIS",   "2005-04-22", "2011-07-09", "lapse of consent", "2008-08-16..2008-09-16")]
    [InlineData("UNAMID",  "2007-11-15", "2020-12-31", null)]
    [InlineData("UNMISS",  "2011-07-08", "2026-10-31", null)]
    [InlineData("MINUSMA", "2013-06-27", "2024-05-31", null)]
    [InlineData("ATALANTA",       "2008-12-19", "2022-04-30", null)]
    // althea.yaml, ALTHEA-2011's note: German military participation ended in September 2012; Spiegel (June
    // 2022): the government sends soldiers again "nach mehreren Jahren Pause" (ALTHEA-2022).
    [InlineData("ALTHEA",         "2004-11-26", "2026-06-30", "ended in", "2012-11-22..2022-07-07")]
    [InlineData("SEA-GUARDIAN",   "2016-09-29", "2026-11-30", null)]
    [InlineData("IRINI",          "2020-05-07", "2026-11-30", null)]
    [InlineData("EUTM-MALI",      "2013-02-28", "2023-05-31", null)]
    [InlineData("COUNTER-DAESH",  "2015-12-04", "2026-01-31", null)]
    [InlineData("KURDISTAN-IRAQ", "2015-01-29", "2018-03-31", null)]
    [InlineData("EUTM-SOMALIA",   "2014-04-03", "2018-03-31", null)]
    [InlineData("OEF",            "2001-11-16", "2010-12-15", null)]
    public void Every_day_between_the_first_and_last_authorised_is_authorised_but_the_lapses_the_sources_show(
        string id, string firstDay, string lastDay, string? fileSays, params string[] lapses)
    {
        var operation = Record.FindOperation(id);
        Assert.NotNull(operation);

        var authorised = Days(Earliest, Latest).Where(day => Authorised(operation, day)).ToList();
        Assert.Equal(Day(firstDay), authorised.First());
        Assert.Equal(Day(lastDay), authorised.Last());

        var unauthorised = Days(authorised.First(), authorised.Last()).Where(day => !Authorised(operation, day));
        Assert.Equal(lapses, Intervals(unauthorised));
        if (lapses.Length > 0)
            Assert.Contains(fileSays!, File.ReadAllText(FileOf(id)));
    }

    private static string FileOf(string id) =>
        Path.Combine(BundledRecord.Folder, "operations", id.ToLowerInvariant() + ".yaml");

    private static bool Authorised(Operation operation, LocalDate day) =>
        Authoriser.Authorise(new DeploymentRequest(operation.Id, new DateInterval(day, day), 0), ConstantStrength.None)
            .Authorised;

    private static IEnumerable<LocalDate> Days(LocalDate from, LocalDate to)
    {
        for (var day = from; day <= to; day = day.PlusDays(1)) yield return day;
    }

    /// <summary>Consecutive days joined into "from..to" runs, oldest first.</summary>
    private static string[] Intervals(IEnumerable<LocalDate> days)
    {
        var runs = new List<(LocalDate From, LocalDate To)>();
        foreach (var day in days)
        {
            if (runs.Count > 0 && runs[^1].To.PlusDays(1) == day) runs[^1] = (runs[^1].From, day);
            else runs.Add((day, day));
        }
        return runs.Select(r => $"{Iso(r.From)}..{Iso(r.To)}").ToArray();
    }

    private static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);

    private static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).Value;
}
