using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Mandates.Core.Tests.Records;

/// <summary>
/// Spot checks of the early consents in the bundled record (issue 16, branch early): UNOSOM II (1993), the
/// Adriatic embargo and AWACS (1994) and the Kosovo air operations (1998): per operation its ceiling on a
/// day ("none" where the consent set none) and the first and last day the record authorises. Each row names
/// the source the record cites; a row resting on a value marked <c>verified: false</c> says so.
/// </summary>
public class HistoricalRecordSpotChecksC
{
    private static readonly LegalRecord Record = BundledRecord.Load();
    private static readonly Authoriser Authoriser = new(Record);

    private static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static bool Authorised(string operation, LocalDate day) =>
        Authoriser.Authorise(DeploymentRequest.On(new OperationId(operation), day, 1), ConstantStrength.None)
            .Authorised;

    [Theory]
    //          operation       day           mandate               ceiling (null: none set)
    // mpil.de 1993 no. 248 and glasnost.de: the cabinet's wording adopted, a battalion, no number (unverified)
    [InlineData("UNOSOM-II",    "1993-09-01", "UNOSOM-II-1993",     null)]
    // Drucksache 12/8303, Plenarprotokoll 12/240: no ceiling in any source seen (unverified)
    [InlineData("ADRIATIC",     "1995-03-01", "ADRIATIC-1994",      null)]
    // Drucksache 13/11469, Das Parlament 2008/42: no ceiling in any source seen (unverified)
    [InlineData("ALLIED-FORCE", "1999-04-01", "ALLIED-FORCE-1998",  null)]
    public void The_ceiling_on_a_day_is_the_one_the_sources_give(string operation, string day, string mandate,
        int? ceiling)
    {
        var governing = Chain.Governing(Record.FindOperation(operation)!, Day(day))!;
        Assert.Equal(mandate, governing.Id.Value);
        Assert.Equal(ceiling, governing.Ceiling.Persons);
        Assert.Equal(ceiling is not null, governing.Ceiling.IsSet);
        Assert.True(Authorised(operation, Day(day)), $"{operation} is not authorised on {day}");
    }

    [Theory]
    //          operation       first day     last day
    // vote of 2 July 1993 (bpb, augengeradeaus); end 31 March 1994, the withdrawal's deadline (Blätter, unverified)
    [InlineData("UNOSOM-II",    "1993-07-02", "1994-03-31")]
    // vote of 22 July 1994 (Plenarprotokoll 12/240, result unverified); end 2 October 1996, Sharp Guard's end
    // (unverified)
    [InlineData("ADRIATIC",     "1994-07-22", "1996-10-02")]
    // vote of 16 October 1998 (Das Parlament 2008/42: 500/62/18); end 20 June 1999, the air campaign's end
    // (unverified)
    [InlineData("ALLIED-FORCE", "1998-10-16", "1999-06-20")]
    public void The_first_and_last_days_authorised_are_the_ones_the_record_gives(string operation, string first,
        string last)
    {
        Assert.False(Authorised(operation, Day(first).PlusDays(-1)), $"{operation} is authorised before {first}");
        Assert.True(Authorised(operation, Day(first)), $"{operation} is not authorised on {first}");
        Assert.True(Authorised(operation, Day(last)), $"{operation} is not authorised on {last}");
        Assert.False(Authorised(operation, Day(last).PlusDays(1)), $"{operation} is authorised after {last}");
    }

    [Fact]
    public void A_day_before_the_judgment_of_1994_cites_the_judgment_as_coming_after_it()
    {
        var decision = Authoriser.Authorise(
            DeploymentRequest.On(new OperationId("UNOSOM-II"), Day("1993-09-01"), 1), ConstantStrength.None);
        var consent = decision.For(Rulebook.Consent);
        Assert.Equal(Outcome.Met, consent.Outcome);
        Assert.Contains(Rulebook.BeforeTheJudgment1994, consent.Citations);
        Assert.DoesNotContain(consent.Citations, c => c.Act == "ParlBG");
        Assert.DoesNotContain(Rulebook.ConstitutionalCourt1994, consent.Citations);
    }

    [Fact]
    public void The_early_consents_say_why_each_unconfirmed_value_is_unconfirmed()
    {
        foreach (var id in new[] { "UNOSOM-II", "ADRIATIC", "ALLIED-FORCE" })
        {
            var operation = Record.FindOperation(id);
            Assert.NotNull(operation);
            Assert.Empty(operation.DeploymentsWithoutConsent);
            foreach (var mandate in operation.Mandates)
            {
                Assert.Equal(VoteResult.Adopted, mandate.Vote?.Result);
                Assert.False(mandate.Ceiling.IsSet, $"{mandate.Id} sets a ceiling no source gives");
                var ceiling = mandate.Ceiling.Provenance.Resolve(mandate.Source);
                Assert.False(ceiling.Verified);
                Assert.False(string.IsNullOrWhiteSpace(ceiling.Note),
                    $"{mandate.Id}: ceiling unverified without a note");
            }
        }
    }
}
