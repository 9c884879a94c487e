using Mandates.Core.Law;
using Mandates.Core.Rules;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests;

/// <summary>
/// The bundled record holds every fact of the source document (the government's note on the 2025 KFOR
/// extension) and the rules it states are enforced on it.
/// </summary>
public class BundledRecordTests
{
    private static readonly LegalRecord Record = BundledRecord.Load();
    private static readonly Operation Kfor = Record.FindOperation("kfor")!;
    private static Mandate Kfor2025 => Kfor.Mandates.Single(m => m.Document == "Drucksache 21/230");

    private static Decision Check(LocalDate day, int add, string? task = null) =>
        new Authoriser(Record).Authorise(new DeploymentRequest(Kfor.Id, new DateInterval(day, day), add) { Task = task }, ConstantStrength.None);

    [Fact]
    public void The_ASPIDES_extension_of_October_2025_cuts_the_ceiling_when_the_mandate_it_extends_ends_not_on_the_day_of_the_vote()
    {
        var aspides = Record.FindOperation("ASPIDES")!;
        Assert.Equal("ASPIDES-2025-01", Chain.Governing(aspides, new LocalDate(2025, 10, 31))!.Id.Value);
        Assert.Equal(700, Chain.Governing(aspides, new LocalDate(2025, 10, 20))!.Ceiling.Persons);
        var extension = Chain.Governing(aspides, new LocalDate(2025, 11, 1))!;
        Assert.Equal(("ASPIDES-2025-10", 350), (extension.Id.Value, extension.Ceiling.Persons));
        // Inferred from the sources, so marked unverified.
        Assert.False(extension.Start!.Provenance.Verified);
    }

    [Fact]
    public void Over_a_period_cut_where_the_law_changes_elsewhere_each_mandate_is_said_once()
    {
        // ASPIDES from January to November 2025: the period is cut at the act's renewal and at the October
        // vote as well as where the mandates change, but ASPIDES-2025-01's consent reads the same throughout.
        var aspides = Record.FindOperation("ASPIDES")!;
        var decision = new Authoriser(Record).Authorise(
            new DeploymentRequest(aspides.Id, new DateInterval(new LocalDate(2025, 1, 15), new LocalDate(2025, 11, 10)), 0), ConstantStrength.None);
        var consent = decision.Findings.Single(f => f.Rule == Rulebook.Consent).Reason;
        Assert.Equal(
            "The Bundestag consented to ASPIDES-2024 (Drucksache 20/10347) by plenary vote on 2024-02-23 (538 yes, 31 no, 4 abstentions); it is the latest consent from 2025-01-15 to 2025-01-29. "
            + "The Bundestag consented to ASPIDES-2025-01 (Drucksache 20/14044) by plenary vote on 2025-01-30 (counts not recorded); it is the latest consent from 2025-01-30 to 2025-10-31. "
            + "The Bundestag consented to ASPIDES-2025-10 by plenary vote on 2025-10-16 (435 yes, 69 no, 77 abstentions); it is the latest consent from 2025-11-01 to 2025-11-10.",
            consent);
    }

    [Fact]
    public void The_2025_mandate_holds_every_fact_of_the_source_document()
    {
        var m = Kfor2025;
        Assert.Equal(new LocalDate(2025, 5, 21), m.Cabinet!.Date);
        Assert.Equal(new PlenaryVote(new LocalDate(2025, 6, 26), VoteResult.Adopted), m.Vote! with { Yes = null, No = null, Abstentions = null, RollCall = false, Provenance = default });
        Assert.Equal((391, 189, 2), (m.Vote!.Yes, m.Vote.No, m.Vote.Abstentions));
        Assert.Equal(400, m.Ceiling.Persons);
        Assert.Contains(m.Tasks, t => t.IsNamedBy("hq-pristina"));
        Assert.Contains(m.Tasks, t => t.IsNamedBy("reconnaissance"));
        Assert.Contains(m.Areas, a => a.Title.Contains("Kosovo") && a.Title.Contains("airspace"));
        Assert.Null(m.End);
        Assert.Equal(["nac-1999-01-30", "unscr-1244"], m.Requires.Select(id => id.Value).Order());
        Assert.Contains(new LegalActId("basic-law-art-24-2"), m.LegalBases);
        Assert.Equal(LegalActKind.ConstitutionalProvision, Record.Act(new LegalActId("basic-law-art-24-2")).Kind);
        Assert.Equal(new LocalDate(1999, 6, 10), Record.Act(new LegalActId("unscr-1244")).Adopted);
        Assert.Equal(new LocalDate(1999, 1, 30), Record.Act(new LegalActId("nac-1999-01-30")).Adopted);
        Assert.Equal("Federal Minister of Defence", m.AuthorisedOfficial!.Title);
        Assert.Equal("Boris Pistorius", m.AuthorisedOfficial.Holder);
    }

    [Fact]
    public void KFOR_ceilings_follow_the_documented_history()
    {
        int CeilingOn(int y, int mo, int d) => Chain.Governing(Kfor, new LocalDate(y, mo, d))!.Ceiling.Persons!.Value;
        Assert.Equal(8500, CeilingOn(1999, 6, 11));
        Assert.Equal(3500, CeilingOn(2009, 6, 1));
        Assert.Equal(1850, CeilingOn(2012, 3, 1));
        Assert.Equal(1350, CeilingOn(2016, 12, 1));
        Assert.Equal(800, CeilingOn(2018, 1, 1));
        Assert.Equal(400, CeilingOn(2019, 6, 28));
        Assert.Equal(400, CeilingOn(2025, 7, 1));
    }

    [Fact]
    public void Fifty_more_for_reconnaissance_on_1_July_2025_is_authorised_citing_consent_legal_bases_and_ceiling()
    {
        var decision = Check(new LocalDate(2025, 7, 1), 50, "reconnaissance");
        Assert.True(decision.Authorised);
        Assert.Equal(400, decision.Headroom);
        var citations = decision.Findings.SelectMany(f => f.Citations).ToList();
        Assert.Contains(citations, c => c.Document == "Drucksache 21/230" && c.Act.StartsWith("Bundestag consent"));
        Assert.Contains(citations, c => c.Act == "UNSCR 1244");
        Assert.Contains(citations, c => c.Act == Record.Act(new LegalActId("nac-1999-01-30")).Short);
        Assert.Contains(decision.For(Rulebook.Ceiling).Citations, c => c.Provision!.Contains("400"));
    }

    [Fact]
    public void Four_hundred_and_one_is_refused_because_401_exceeds_400()
    {
        var decision = Check(new LocalDate(2025, 7, 1), 401);
        Assert.False(decision.Authorised);
        var ceiling = decision.For(Rulebook.Ceiling);
        Assert.Equal(Outcome.NotMet, ceiling.Outcome);
        Assert.Contains("401 > 400", ceiling.Reason);
        Assert.Single(decision.Refusals);
    }

    [Fact]
    public void In_2012_the_ceiling_then_in_force_is_used()
    {
        var decision = Check(new LocalDate(2012, 3, 1), 1851);
        Assert.False(decision.Authorised);
        Assert.Contains("1,851 > 1,850", decision.For(Rulebook.Ceiling).Reason);
        Assert.True(Check(new LocalDate(2012, 3, 1), 1850).Authorised);
    }

    [Fact]
    public void A_task_the_mandate_does_not_list_is_refused()
    {
        var decision = Check(new LocalDate(2025, 7, 1), 10, "air-policing");
        Assert.False(decision.Authorised);
        Assert.Contains("'air-policing'", decision.For(Rulebook.Task).Reason);
        Assert.Contains("reconnaissance", decision.For(Rulebook.Task).Reason);
    }

    [Fact]
    public void Every_fact_names_its_source_and_unconfirmed_ones_say_so()
    {
        foreach (var m in Record.Operations.SelectMany(o => o.Mandates))
        {
            // An unverified block must say why.
            foreach (var p in new[] { m.Ceiling.Provenance, m.Vote?.Provenance ?? default }.Concat(m.Tasks.Select(t => t.Provenance)))
                if (p.Verified == false) Assert.False(string.IsNullOrWhiteSpace(p.Resolve(m.Source).Note), $"{m.Id}: an unverified fact without a note");
        }
    }
}
