using Mandates.Core.Law;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using NodaTime;
using Xunit;
using static Mandates.Core.Tests.UseCases.Recording;

namespace Mandates.Core.Tests.UseCases;

/// <summary>A new motion, without a host: the terms it takes over, and what it refuses.</summary>
public abstract class RecordMotionContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private Sessions? host;

    /// <summary>Sessions over the bundled record on 3 January 2028 in Berlin (the decisions of 2026 and 2027 the
    /// tests record were taken), the clock moving on a second at each reading.</summary>
    private Sessions sessions => host ??= Recording.Sessions(NewStore());

    private static RecordMotionRequest Motion(string id, string document) =>
        new("kfor", new MandateId(id), document, "the motion");

    [Fact]
    public void A_new_motion_takes_over_the_terms_last_consented_to_marked_unconfirmed_with_a_note()
    {
        using var session = sessions.Open();
        var result = RecordMotion.Run(session, Motion("KFOR-2026", "Drucksache 21/9999") with
        {
            Ceiling = new Ceiling(350),
        });

        Assert.Equal(("motion", "motion KFOR-2026 (Drucksache 21/9999)"), (result.Decision, result.Recorded));
        Assert.Equal(["operations/kfor.yaml"], result.Files);
        Assert.Equal(result.Entries.Select(e => e.Position), result.Positions);
        Assert.Empty(result.ToursNowBreakTheLaw.Violations);

        using var after = sessions.Open();
        var record = after.Law.Record();
        var (fresh, previous) = (record.FindMandate("KFOR-2026")!, record.FindMandate("KFOR-2025")!);
        Assert.Equal(previous.Tasks.Select(t => t.Key), fresh.Tasks.Select(t => t.Key));
        var task = fresh.Tasks[0].Provenance;
        Assert.False(task.Verified);
        Assert.Equal("Taken over from KFOR-2025 (Drucksache 21/230) when the motion Drucksache 21/9999 was recorded; "
            + "check it against that motion's text.", task.Note);
        // What the motion states is the clerk's, from the source given.
        Assert.Equal(350, fresh.Ceiling.Persons);
        Assert.Null(fresh.Vote);
    }

    [Fact]
    public void An_id_or_printed_paper_already_in_the_record_is_refused_naming_the_field()
    {
        using var session = sessions.Open();
        var id = Assert.Throws<ProblemException>(() =>
            RecordMotion.Run(session, Motion("kfor-2025", "Drucksache 21/1"))).Problem;
        Assert.Equal("mandate", id.Field);
        Assert.Contains("expected a new id for a new motion, e.g. KFOR-2029.", id.ToString());
        var paper = Assert.Throws<ProblemException>(() =>
            RecordMotion.Run(session, Motion("KFOR-2026", "drucksache 21/230"))).Problem;
        Assert.Equal("document", paper.Field);
    }

    [Fact]
    public void A_motion_after_a_time_limited_mandate_states_its_own_end()
    {
        using var session = sessions.Open();
        var request = new RecordMotionRequest("ASPIDES", new MandateId("ASPIDES-2026"), "Drucksache 21/3000", "x")
        {
            Distributed = new LocalDate(2026, 10, 16), Extension = true,
        };
        var missing = Refused(() => RecordMotion.Run(session, request));
        Assert.Equal(("end", null), (missing.Field, missing.Value));
        // The example names the field as each host does: here, in the domain's words.
        Assert.EndsWith("e.g. end 2027-10-31, or end open.", missing.ToString());
        var open = RecordMotion.Run(session, request with { OpenEnded = true });
        Assert.Single(open.Entries);
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryRecordMotionTests : RecordMotionContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
