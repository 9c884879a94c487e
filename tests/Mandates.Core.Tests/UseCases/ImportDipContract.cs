using Mandates.Core.Dip;
using Mandates.Core.Law;
using Mandates.Core.UseCases;
using NodaTime;
using Xunit;
using static Mandates.Core.Tests.Dip.DipFixtures;
using static Mandates.Core.Tests.UseCases.Recording;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// DIP's motions and decisions brought into the store's record, without a host: matched by Drucksache, written
/// as a decision recorded is, all files or nothing.
/// </summary>
public abstract class ImportDipContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private Sessions? host;

    /// <summary>Sessions over the bundled record on 3 January 2028 in Berlin.</summary>
    private Sessions sessions => host ??= Recording.Sessions(NewStore());

    private ImportDipResult Import(params DipFile[] files)
    {
        using var session = sessions.Open();
        return ImportDip.Run(session, new ImportDipRequest(files));
    }

    private Mandate Stored(string mandate)
    {
        using var session = sessions.Open();
        return session.Law.Record().FindMandate(mandate)!;
    }

    [Fact]
    public void A_distribution_day_the_record_lacks_is_recorded_with_DIP_as_its_source_and_again_changes_nothing()
    {
        var vote = Stored("KFOR-2025").Vote;
        var imported = Import(File("kfor-2025.json"));
        var change = Assert.Single(imported.Changes);
        Assert.Equal(("KFOR-2025", "motion.distributed", null, "2025-05-22"),
            (change.Mandate, change.Fact, change.Before, change.After));
        Assert.Equal(["operations/kfor.yaml"], imported.Recorded!.Files);
        var motion = Stored("KFOR-2025").Motion!;
        Assert.Equal(new LocalDate(2025, 5, 22), motion.Distributed);
        // The motion's first reading came from another source: the block cites both, as the record does.
        Assert.StartsWith("DIP Vorgang 900001, Vorgangsposition 900011 (Antrag): BT-Drucksache 21/230 ; ",
            motion.Provenance.Reference);
        // The vote DIP gives is the one the record holds: kept as it was, with its own sources.
        Assert.Equal(vote, Stored("KFOR-2025").Vote);

        var head = sessions.Head;
        var again = Import(File("kfor-2025.json"));
        Assert.Empty(again.Changes);
        Assert.Null(again.Recorded);
        Assert.Equal(head, sessions.Head);
    }

    [Fact]
    public void A_new_motion_gets_its_distribution_and_its_vote_from_DIP_verified()
    {
        using (var session = sessions.Open())
            RecordMotion.Run(session, new("KFOR", new MandateId("KFOR-2026"), "Drucksache 21/999", "x"));
        var imported = Import(File("kfor-2026-vorgang.json"), File("kfor-2026-drucksache.json"));
        Assert.Equal(["motion.distributed", "vote"], imported.Changes.Select(c => c.Fact));
        var mandate = Stored("KFOR-2026");
        Assert.Equal(new LocalDate(2026, 6, 2), mandate.Motion!.Distributed);
        Assert.Equal(new Provenance("BT-Drucksache 21/999 (DIP Dokument 900121) ; "
            + "https://dserver.bundestag.de/btd/21/009/2100999.pdf", true), mandate.Motion.Provenance);
        var vote = mandate.Vote!;
        Assert.Equal((new LocalDate(2026, 6, 25), VoteResult.Adopted, 400, 150, 5, true),
            (vote.Date, vote.Result, vote.Yes, vote.No, vote.Abstentions, vote.RollCall));
        Assert.Equal(new Provenance("DIP Vorgang 900101, Vorgangsposition 900113 (Beratung): "
            + "BT-Plenarprotokoll 21/80, p. 9000C, 2026-06-25", true), vote.Provenance);
        Assert.Equal(new LocalDate(2026, 6, 25), mandate.ConsentBegins);
    }

    [Fact]
    public void Other_counts_replace_the_vote_saying_what_it_was()
    {
        var change = Assert.Single(Import(Changed("kfor-2025.json", "391:189:2", "390:190:2")).Changes,
            c => c.Fact == "vote");
        Assert.Equal("adopted on 2025-06-26, 391 yes, 189 no, 2 abstentions, roll-call", change.Before);
        Assert.Equal("adopted on 2025-06-26, 390 yes, 190 no, 2 abstentions, roll-call", change.After);
        Assert.Equal(390, Stored("KFOR-2025").Vote!.Yes);
    }

    [Fact]
    public void A_decision_on_the_committees_recommendation_decides_the_motion_it_recommends_on()
    {
        // KFOR-1999's committee recommended adopting (Drucksache 14/1136): accepting the recommendation adopts the
        // motion, as the record holds, so nothing changes.
        var file = Edited("kfor-2025.json", json =>
        {
            var step = json["documents"]![2]!;
            step["datum"] = "1999-06-11";
            step["beschlussfassung"]![0]!["beschlusstenor"] = "Annahme der Beschlussempfehlung";
            step["beschlussfassung"]![0]!["dokumentnummer"] = "14/1136";
            step["beschlussfassung"]![0]!.AsObject().Remove("abstimm_ergebnis_bemerkung");
            step["beschlussfassung"]![0]!.AsObject().Remove("abstimmungsart");
            json["documents"]!.AsArray().RemoveAt(0);
        });
        Assert.Equal("Drucksache 14/1136", Stored("KFOR-1999").Committee!.Document);
        Assert.Empty(Import(file).Changes);
    }

    [Fact]
    public void A_decision_for_a_motion_the_record_does_not_hold_writes_nothing_from_any_file()
    {
        using (var session = sessions.Open()) session.Law.Record();
        var head = sessions.Head;
        var problem = Assert.Throws<Problems.ProblemException>(() =>
            Import(File("kfor-2025.json"), File("bad-not-held.json"))).Problem;
        Assert.Equal("dip/bad-not-held.json: $.documents[2].beschlussfassung[0].dokumentnummer", problem.Field);
        Assert.StartsWith("'21/9999': a decision for a motion the record does not hold", problem.Detail.ToString());
        Assert.Equal(head, sessions.Head);
        Assert.Null(Stored("KFOR-2025").Motion!.Distributed);
    }

    [Fact]
    public void Two_files_giving_one_motion_two_votes_are_refused_naming_both()
    {
        var problem = Assert.Throws<Problems.ProblemException>(() => Import(File("kfor-2025.json"),
            Edited("kfor-2025.json", json =>
            {
                // Another saved list, with a cursor of its own.
                json["cursor"] = "AoJ-test-other";
                json["documents"]![2]!["beschlussfassung"]![0]!["abstimm_ergebnis_bemerkung"] = "390:190:2";
            }) with { Name = "dip/other.json" })).Problem;
        Assert.Equal("dip/other.json: $.documents[2].beschlussfassung[0]", problem.Field);
        Assert.Contains("gives KFOR-2025 (Drucksache 21/230) another decision than dip/kfor-2025.json: "
            + "$.documents[2].beschlussfassung[0]", problem.ToString());
    }

    [Fact]
    public void A_decision_dated_after_today_is_refused_before_the_store_is_opened()
    {
        using var session = sessions.Open(Instant.FromUtc(2025, 6, 1, 9, 0));
        var problem = Assert.Throws<Problems.ProblemException>(() =>
            ImportDip.Run(session, new ImportDipRequest([File("kfor-2025.json")]))).Problem;
        Assert.Equal("dip/kfor-2025.json: $.documents[2].datum", problem.Field);
        Assert.Equal(0, sessions.Opened);
    }

    [Fact]
    public void A_vote_the_law_does_not_allow_is_refused_at_DIPs_field()
    {
        // Rejected with more yes than no: Art. 42(2) Basic Law.
        var problem = Assert.Throws<Problems.ProblemException>(() => Import(
            Changed("kfor-2025.json", "Annahme der Vorlage", "Ablehnung der Vorlage"))).Problem;
        Assert.Equal("dip/kfor-2025.json: $.documents[2].beschlussfassung[0]", problem.Field);
        Assert.EndsWith("Nothing was written.", problem.ToString());
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryImportDipTests : ImportDipContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
