using System.Text.Json;
using NodaTime;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>strength: who serves against the ceiling, stretch by stretch, as known now and as recorded at an instant (with the law as then recorded).</summary>
public class StrengthCommandTests() : LedgerTests("strength")
{
    [Fact]
    public void As_recorded_at_an_instant_after_now_is_answered_up_to_the_newest_entry_a_clock_ahead_recorded()
    {
        Filled();
        // Another machine, its clock a month ahead, records a tour.
        var ahead = Instant.FromUtc(2025, 8, 1, 9, 0);
        Assert.Equal(0, Cli.InvokeAt(ahead, "deploy", "KFOR", "--person", "P-4711", "--task", "reconnaissance", "--from", "2025-07-01", "--db", Db).Exit);
        // Here it is still 1 July: the ledger can say what it held up to that entry's instant, not after it.
        Assert.Equal(0, Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-07-15T00:00:00Z").Exit);
        Assert.Equal(0, Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-08-01T09:00:00Z").Exit);
        var later = Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-08-01T09:00:01Z");
        Assert.Equal(2, later.Exit);
        Assert.Contains("--as-recorded-at: '2025-08-01T09:00:01Z' is after now (2025-07-01T09:00:00Z): what the ledger will hold then is not known yet", later.Err);
    }

    [Fact]
    public void Strength_over_the_ceiling_does_not_authorise_tours_and_shows_how_far_over_it_is()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-2", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-3", "--task", "reconnaissance", "--from", "2025-09-01").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-4", "--task", "reconnaissance", "--from", "2025-07-20", "--until", "2025-07-31").Exit);
        var import = Run("import", ExportedWithKfor("cut", kfor => kfor.Replace("ceiling: 400", "ceiling: 1")));
        Assert.Equal(0, import.Exit);
        // Said at once to whoever lowered it: the tours already recorded now break it.
        Assert.Contains("warning: under the imported record, tours already recorded break the law (2 violations)", import.Err);
        Assert.Contains("  KFOR 2025-07-01 to 2025-07-31, ceiling: at most 3 deployed > 1, the ceiling of KFOR-2025", import.Err);
        Assert.Contains("  KFOR from 2025-09-01 onwards, ceiling: at most 2 deployed > 1", import.Err);

        using (var json = JsonDocument.Parse(Run("strength", "KFOR", "--on", "2025-07-01", "--json").Out))
        {
            var stretch = json.RootElement.GetProperty("stretches")[0];
            Assert.Equal(2, stretch.GetProperty("strength").GetInt32());
            Assert.Equal(-1, stretch.GetProperty("headroom").GetInt32());
            Assert.False(stretch.GetProperty("authorisesTours").GetBoolean());
            var refusal = Assert.Single(stretch.GetProperty("notAuthorising").EnumerateArray());
            Assert.Equal("ceiling", refusal.GetProperty("rule").GetString());
            Assert.StartsWith("2 serving > 1, the ceiling of KFOR-2025", refusal.GetProperty("reason").GetString());
        }
        Assert.Contains("no: 2 serving > 1, the ceiling of KFOR-2025", Run("strength", "KFOR", "--on", "2025-07-01").Out.ReplaceLineEndings(" "));
        Assert.Contains("Headroom: -1 (1 serving above the ceiling already)", Run("check", "KFOR", "--on", "2025-07-01", "--add", "1").Out);

        // The audit: July over by one, then by two from the 20th, and from September on for as long as the two open tours serve (no last day).
        var audit = Run("audit", "--json");
        Assert.Equal(1, audit.Exit);
        using (var json = JsonDocument.Parse(audit.Out))
        {
            var ceiling = json.RootElement.GetProperty("violations").EnumerateArray().Where(v => v.GetProperty("rule").GetString() == "ceiling").ToList();
            Assert.Equal(["2025-07-01", "2025-09-01"], ceiling.Select(v => v.GetProperty("from").GetString()));
            Assert.Equal("2025-07-31", ceiling[0].GetProperty("to").GetString());
            Assert.Equal(JsonValueKind.Null, ceiling[1].GetProperty("to").ValueKind);
            Assert.EndsWith("from 2025-09-01 onwards.", ceiling[1].GetProperty("cause").GetString());
            // One row for July, its cause speaking of all of it: the most that served, to its last day.
            Assert.StartsWith("at most 3 deployed > 1, the ceiling of KFOR-2025", ceiling[0].GetProperty("cause").GetString());
            Assert.EndsWith("from 2025-07-01 to 2025-07-31.", ceiling[0].GetProperty("cause").GetString());
            Assert.Equal([3, 2], ceiling.Select(v => v.GetProperty("maxStrength").GetInt32()));
            Assert.DoesNotContain("requested", ceiling[0].GetProperty("cause").GetString());
        }
        Assert.Contains("│ open ", Run("audit").Out);
    }

    [Fact]
    public void Strength_as_recorded_at_an_earlier_instant_leaves_out_later_tours()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1001", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        var now = Run("strength", "KFOR", "--on", "2025-07-01", "--json");
        var before = Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-01-01T00:00:00Z", "--json");
        using var nowJson = JsonDocument.Parse(now.Out);
        using var beforeJson = JsonDocument.Parse(before.Out);
        Assert.Equal(1, nowJson.RootElement.GetProperty("maxStrength").GetInt32());
        Assert.Equal(0, beforeJson.RootElement.GetProperty("maxStrength").GetInt32());
    }

    [Fact]
    public void As_recorded_at_an_instant_the_law_is_also_the_law_then_recorded()
    {
        // A tour from 1 July 2025 under KFOR-2025 (open-ended); on 20 January 2026 a revocation effective
        // 31 January is recorded. As known now the tour is outside any mandate from then on; as known on
        // 1 January 2026 it was within KFOR-2025's ceiling of 400.
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-5001", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        var revoked = RunAt(NodaTime.Instant.FromUtc(2026, 1, 20, 9, 0),
            "record", "revocation", "--mandate", "KFOR-2025", "--decided", "2026-01-15", "--effective", "2026-01-31", "--source", "test");
        Assert.Equal(0, revoked.Exit);
        const string before = "2026-01-01T00:00:00Z";

        JsonElement Stretch(params string[] asRecorded)
        {
            var run = Run(["strength", "KFOR", "--on", "2026-03-01", "--json", .. asRecorded]);
            Assert.Equal(0, run.Exit);
            using var json = JsonDocument.Parse(run.Out);
            Assert.True(json.RootElement.GetProperty("operationInRecord").GetBoolean());
            return json.RootElement.GetProperty("stretches")[0].Clone();
        }
        var now = Stretch();
        Assert.Equal(1, now.GetProperty("strength").GetInt32());
        Assert.Equal("KFOR-2025", now.GetProperty("mandate").GetString());
        Assert.False(now.GetProperty("authorisesTours").GetBoolean());
        var refusal = Assert.Single(now.GetProperty("notAuthorising").EnumerateArray());
        Assert.Equal("not-revoked", refusal.GetProperty("rule").GetString());
        Assert.Contains("revoked its consent to KFOR-2025", refusal.GetProperty("reason").GetString());
        Assert.Equal(0, now.GetProperty("headroom").GetInt32()); // nobody may be added where the law lets nobody serve, as check says
        var then = Stretch("--as-recorded-at", before);
        Assert.Equal(1, then.GetProperty("strength").GetInt32());
        Assert.Equal("KFOR-2025", then.GetProperty("mandate").GetString());
        Assert.True(then.GetProperty("authorisesTours").GetBoolean());
        Assert.Equal(400, then.GetProperty("ceiling").GetInt32());
        Assert.Equal(399, then.GetProperty("headroom").GetInt32());

        // The law changes mid-period with the strength unchanged: the period is cut there.
        using (var period = JsonDocument.Parse(Run("strength", "KFOR", "--from", "2026-01-01", "--to", "2026-03-01", "--json").Out))
            Assert.Equal([("2026-01-01", "2026-01-30", true), ("2026-01-31", "2026-03-01", false)],
                period.RootElement.GetProperty("stretches").EnumerateArray()
                    .Select(s => (s.GetProperty("from").GetString(), s.GetProperty("to").GetString(), s.GetProperty("authorisesTours").GetBoolean())));

        var auditNow = Run("audit");
        Assert.Equal(1, auditNow.Exit);
        Assert.Contains("of the law as known now", auditNow.Out);
        Assert.Contains("2026-01-31", auditNow.Out);
        var auditThen = Run("audit", "--as-recorded-at", before);
        Assert.Equal(0, auditThen.Exit);
        Assert.Contains($"authorised by the law as recorded at {before}", auditThen.Out);
    }

    [Fact]
    public void A_record_folder_has_no_history_so_it_cannot_answer_as_recorded_at_and_the_refusal_creates_no_store()
    {
        var lax = ExportedWithKfor("lax-then", kfor => kfor.Replace("ceiling: 400", "ceiling: 100000"));
        var unused = Path.Combine(folder, "never-created.db");
        foreach (var read in new[] { new[] { "strength", "KFOR", "--on", "2025-07-01" }, ["audit"], ["tours", "KFOR"] })
        {
            var run = Cli.Invoke([.. read, "--as-recorded-at", "2025-07-01T10:00:00Z", "--data", lax, "--db", unused]);
            Assert.Equal(2, run.Exit);
            Assert.Contains($"--data: '{lax}' is a record folder, which keeps no history, but --as-recorded-at reads the law as the store held it then", run.Err);
            Assert.False(File.Exists(unused));
        }
    }

    [Fact]
    public void An_imported_ceiling_is_seen_from_the_instant_its_entry_was_recorded()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-5003", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        var raised = ExportedWithKfor("raised", kfor => kfor.Replace("ceiling: 400", "ceiling: 450"));
        var imported = NodaTime.Instant.FromUtc(2025, 8, 1, 12, 0);
        Assert.Equal(0, RunAt(imported, "import", raised).Exit);

        int Ceiling(NodaTime.Instant at)
        {
            var run = Run("strength", "KFOR", "--on", "2025-09-01", "--json", "--as-recorded-at", NodaTime.Text.InstantPattern.ExtendedIso.Format(at));
            using var json = JsonDocument.Parse(run.Out);
            return json.RootElement.GetProperty("stretches")[0].GetProperty("ceiling").GetInt32();
        }
        // The import's entry is recorded at exactly that instant: included then, not a tick before.
        Assert.Equal(450, Ceiling(imported));
        Assert.Equal(400, Ceiling(imported - NodaTime.Duration.Epsilon));
    }

    [Fact]
    public void As_recorded_at_an_instant_without_a_day_asks_about_that_instants_day_as_a_query_then_did()
    {
        Filled();
        // Asked the next day about an instant of the day before.
        using var json = JsonDocument.Parse(Cli.InvokeAt(Instant.FromUtc(2025, 8, 16, 9, 0), "strength", "KFOR", "--as-recorded-at", "2025-08-15T21:00:00Z", "--json", "--db", Db).Out);
        Assert.Equal("2025-08-15", json.RootElement.GetProperty("from").GetString());
        // A day is Berlin's: 23:00 UTC in August is already the next day there.
        using var late = JsonDocument.Parse(Cli.InvokeAt(Instant.FromUtc(2025, 8, 16, 9, 0), "strength", "KFOR", "--as-recorded-at", "2025-08-15T23:00:00Z", "--json", "--db", Db).Out);
        Assert.Equal("2025-08-16", late.RootElement.GetProperty("from").GetString());
        using var now = JsonDocument.Parse(Run("strength", "KFOR", "--json").Out);
        Assert.Equal("2025-07-01", now.RootElement.GetProperty("from").GetString()); // today, by the tests' clock
    }

    [Fact]
    public void Days_without_a_mandate_say_why_and_days_the_law_treats_alike_are_one_stretch()
    {
        using var json = JsonDocument.Parse(Run("strength", "ASPIDES", "--from", "2023-06-01", "--to", "2026-10-31", "--json").Out);
        var stretches = json.RootElement.GetProperty("stretches").EnumerateArray().ToList();
        var before = stretches[0];
        Assert.Equal(JsonValueKind.Null, before.GetProperty("mandate").ValueKind);
        var why = Assert.Single(before.GetProperty("notAuthorising").EnumerateArray());
        Assert.Equal("consent", why.GetProperty("rule").GetString());
        Assert.Contains("consent under ASPIDES-2024", why.GetProperty("reason").GetString());
        // One stretch per mandate: the law's possible change days in between change nothing shown.
        Assert.Equal([null, "ASPIDES-2024", "ASPIDES-2025-01", "ASPIDES-2025-10"], stretches.Select(s => s.GetProperty("mandate").GetString()));
    }

    [Fact]
    public void Before_the_record_was_recorded_an_operation_had_no_mandate()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-5002", "--task", "reconnaissance", "--from", "2025-07-01").Exit);
        var human = Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-01-01T00:00:00Z");
        Assert.Equal(0, human.Exit);
        Assert.Contains("KFOR was not in the record yet, so no mandate governed any day as then known.", human.Out);
        Assert.Contains("no mandate", human.Out);
        using var json = JsonDocument.Parse(Run("strength", "KFOR", "--on", "2025-07-01", "--as-recorded-at", "2025-01-01T00:00:00Z", "--json").Out);
        Assert.False(json.RootElement.GetProperty("operationInRecord").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("stretches")[0].GetProperty("ceiling").ValueKind);
        // Nothing was recorded, so nothing broke the law as then known; asked about KFOR, audit says why.
        Assert.Equal(0, Run("audit", "--as-recorded-at", "2025-01-01T00:00:00Z").Exit);
        var audit = Run("audit", "--operation", "KFOR", "--as-recorded-at", "2025-01-01T00:00:00Z");
        Assert.Equal(0, audit.Exit);
        Assert.Contains("No violation: KFOR was not in the record yet, as recorded at 2025-01-01T00:00:00Z, so no tour of it was recorded.", audit.Out);
    }

    [Fact]
    public void Strength_over_the_ceiling_under_an_exception_clause_within_its_bounds_authorises_the_tours()
    {
        // KFOR-2025 cut to a ceiling of 2, with a rotation clause of 1 more for at most 14 days.
        Assert.Equal(0, Run("import", ExportedWithKfor("rotation", kfor =>
        {
            var at = kfor.LastIndexOf("    ceiling: 400", StringComparison.Ordinal);
            return kfor[..at] + "    ceiling: 2\n    ceiling-exceptions:\n      - kind: rotation\n        extra-persons: 1\n        max-days: 14\n" + kfor[(at + "    ceiling: 400\n".Length)..];
        })).Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-07-31").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-2", "--task", "reconnaissance", "--from", "2025-07-01", "--until", "2025-08-31").Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-3", "--task", "reconnaissance", "--from", "2025-07-25", "--until", "2025-08-31", "--exception", "rotation").Exit);
        Assert.Equal(0, Run("audit").Exit);

        using var json = JsonDocument.Parse(Run("strength", "KFOR", "--from", "2025-07-20", "--to", "2025-08-05", "--json").Out);
        var overlap = json.RootElement.GetProperty("stretches").EnumerateArray().Single(s => s.GetProperty("strength").GetInt32() == 3);
        Assert.Equal(("2025-07-25", "2025-07-31", -1), (overlap.GetProperty("from").GetString(), overlap.GetProperty("to").GetString(), overlap.GetProperty("headroom").GetInt32()));
        Assert.True(overlap.GetProperty("authorisesTours").GetBoolean());
        Assert.Contains("3 serving > 2, the ceiling of KFOR-2025 (Drucksache 21/230), but every tour above it relies on an exception clause within its bounds", overlap.GetProperty("underException").GetString());

        // A fourth, relying on no clause: now the ceiling is broken, and strength says so as the audit does.
        Assert.Equal(0, Run("import", ExportedWithKfor("roomy", kfor => kfor.Replace("    ceiling: 2\n", "    ceiling: 4\n"))).Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-4", "--task", "reconnaissance", "--from", "2025-07-28", "--until", "2025-07-29").Exit);
        Assert.Equal(0, Run("import", ExportedWithKfor("tight", kfor => kfor.Replace("    ceiling: 4\n", "    ceiling: 2\n"))).Exit);
        Assert.Equal(1, Run("audit").Exit);
        using var broken = JsonDocument.Parse(Run("strength", "KFOR", "--on", "2025-07-28", "--json").Out);
        var day = broken.RootElement.GetProperty("stretches")[0];
        Assert.False(day.GetProperty("authorisesTours").GetBoolean());
        Assert.Contains("tours above it that no exception clause covers within its bounds (`audit` lists them)", day.GetProperty("notAuthorising")[0].GetProperty("reason").GetString());
    }
}
