using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests.Rules;

/// <summary>
/// A decision cites the law in force on the days it judges: the ParlBG only from the day it entered
/// into force (24 March 2005), before it the Constitutional Court's judgment of 12 July 1994.
/// </summary>
public class LawInForceCitationTests
{
    private static readonly LegalRecord Record = BundledRecord.Load();
    private static readonly Operation Kfor = Record.FindOperation("kfor")!;

    private static Decision Check(LocalDate from, LocalDate to) =>
        new Authoriser(Record).Authorise(
            new DeploymentRequest(Kfor.Id, new DateInterval(from, to), 0), ConstantStrength.None);

    [Fact]
    public void The_1999_consent_cites_the_judgment_of_1994_and_no_section_of_the_ParlBG()
    {
        var decision = Check(new LocalDate(1999, 7, 1), new LocalDate(1999, 7, 1));
        Assert.True(decision.Authorised);
        var citations = decision.Findings.SelectMany(f => f.Citations).ToList();
        Assert.Contains(citations, c => c.Act == "BVerfGE 90, 286");
        Assert.DoesNotContain(citations, c => c.Act == "ParlBG");
        Assert.DoesNotContain(decision.Findings, f => f.Reason.Contains("ParlBG", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ParlBG_in_force_date_is_the_one_the_bundled_record_holds()
    {
        var act = Record.Act(new LegalActId("parlbg"));
        Assert.True(act.IsInForceOn(Rulebook.ParlBGInForce));
        Assert.False(act.IsInForceOn(Rulebook.ParlBGInForce.PlusDays(-1)));
    }

    [Theory]
    // The day before the ParlBG, its first day, and a period across it.
    [InlineData("2005-03-23", "2005-03-23", false)]
    [InlineData("2005-03-24", "2005-03-24", true)]
    [InlineData("2005-03-20", "2005-03-28", true)]
    public void Around_the_day_the_ParlBG_entered_into_force_each_day_cites_its_own_law(
        string from, string to, bool parlBG)
    {
        var decision = Check(Days.Parse(from)!.Value, Days.Parse(to)!.Value);
        Assert.Equal(parlBG, decision.Findings.SelectMany(f => f.Citations).Any(c => c.Act == "ParlBG"));
        // The judgment states the parliamentary prerogative the ParlBG later spelt out: cited before and after.
        Assert.Contains(decision.For(Rulebook.Consent).Citations, c => c.Act == "BVerfGE 90, 286");
    }
}
