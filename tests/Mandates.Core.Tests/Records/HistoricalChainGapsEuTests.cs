using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Mandates.Core.Tests.Records;

/// <summary>
/// The chains of rec-eu's operations in the bundled record (issue 16) have no unexplained gap: between the
/// first and the last day an operation is authorised, every day is authorised unless the gap is listed here.
/// A listed gap is either one the sources show (the deployment paused, consent lapsed) or an extension the
/// sources confirm but whose vote day no source seen gives; the operation's file says which in a note. A gap
/// closed later, or a new one, fails this test until the table says so.
/// </summary>
public class HistoricalChainGapsEuTests
{
    private static readonly LegalRecord Record = BundledRecord.Load();
    private static readonly Authoriser Authoriser = new(Record);

    /// <summary>Why a gap stays in the record.</summary>
    public enum Why
    {
        /// <summary>The sources show no consent on those days: the deployment paused or ended for a time.</summary>
        SourcesShowAPause,

        /// <summary>The sources confirm an extension, but not the day of its vote: it is not recorded.</summary>
        ExtensionNotRecorded,
    }

    private static readonly (string Operation, string From, string To, Why Why)[] AllowedGaps =
    [
        // althea.yaml, ALTHEA-2011's note: German military participation ended in September 2012; Spiegel (June
        // 2022): the government sends soldiers again "nach mehreren Jahren Pause" (ALTHEA-2022).
        ("ALTHEA", "2012-11-22", "2022-07-07", Why.SourcesShowAPause),
    ];

    private static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static bool Authorised(string operation, LocalDate day) => Authoriser
        .Authorise(DeploymentRequest.On(new OperationId(operation), day, 1), ConstantStrength.None).Authorised;

    [Theory]
    //          operation          first day authorised   last day authorised
    [InlineData("ATALANTA",        "2008-12-19",          "2022-04-30")]
    [InlineData("ALTHEA",          "2004-11-26",          "2026-06-30")]
    [InlineData("SEA-GUARDIAN",    "2016-09-29",          "2026-11-30")]
    [InlineData("IRINI",           "2020-05-07",          "2026-11-30")]
    [InlineData("EUTM-MALI",       "2013-02-28",          "2023-05-31")]
    [InlineData("COUNTER-DAESH",   "2015-12-04",          "2026-01-31")]
    [InlineData("KURDISTAN-IRAQ",  "2015-01-29",          "2018-03-31")]
    [InlineData("EUTM-SOMALIA",    "2014-04-03",          "2018-03-31")]
    [InlineData("OEF",             "2001-11-16",          "2010-12-15")]
    public void Between_the_first_and_last_day_authorised_every_gap_is_one_the_record_explains(
        string operation, string first, string last)
    {
        var gaps = new List<string>();
        LocalDate? gapStart = null;
        for (var day = Day(first); day <= Day(last); day = day.PlusDays(1))
        {
            var authorised = Authorised(operation, day);
            if (!authorised && gapStart is null)
                gapStart = day;
            if (authorised && gapStart is { } start)
            {
                gaps.Add($"{start:yyyy-MM-dd}..{day.PlusDays(-1):yyyy-MM-dd}");
                gapStart = null;
            }
        }

        Assert.Null(gapStart); // the last day is authorised, so no gap runs to it
        var allowed = AllowedGaps.Where(g => g.Operation == operation).Select(g => $"{g.From}..{g.To}").ToList();
        Assert.Equal(allowed, gaps);
    }

    [Fact]
    public void Every_gap_the_table_allows_is_named_in_the_operations_file_notes()
    {
        // A gap is allowed only where the record says why: the operation's file must mention the missing years.
        foreach (var (operation, from, _, why) in AllowedGaps)
        {
            var notes = string.Join(" ", Record.FindOperation(operation)!.Mandates.Select(m => m.Source.Note ?? ""));
            var year = from[..4];
            var said = why == Why.SourcesShowAPause
                ? notes.Contains("ended in", StringComparison.Ordinal)
                : notes.Contains("not recorded", StringComparison.Ordinal);
            Assert.True(said, $"{operation}: no note says why the record has no mandate from {from} ({year})");
        }
    }
}
