using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// --csv on tours, strength and audit: the documented header, a row for each item the same command's --json lists,
/// read back with CsvHelper's reader; --csv with --json is bad input naming both.
/// </summary>
public class CsvCommandsTests() : LedgerTests("csv")
{
    private void TwoTours()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-7001", "--task", "reconnaissance", "--from", "2025-07-01")
            .Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-7002", "--task", "hq-pristina", "--from", "2025-07-10",
            "--until", "2025-07-20").Exit);
    }

    private int JsonCount(string property, params string[] args)
    {
        using var json = JsonDocument.Parse(Run([.. args, "--json"]).Out);
        return json.RootElement.GetProperty(property).GetArrayLength();
    }

    [Fact]
    public void Tours_strength_and_audit_as_csv_have_the_rows_of_their_json()
    {
        TwoTours();
        string[] tours = ["tours", "KFOR", "--from", "2025-07-01", "--to", "2025-07-31"];
        var toursCsv = CsvRows.Read(Run([.. tours, "--csv"]).Out);
        Assert.Equal(["tour", "person", "operation", "task", "area", "from", "until", "exception", "last_changed_at"],
            toursCsv.Header);
        Assert.Equal(JsonCount("tours", tours), toursCsv.Rows.Count);
        Assert.Equal(2, toursCsv.Rows.Count);
        Assert.Contains(toursCsv.Records,
            r => r["person"] == "P-7002" && r["until"] == "2025-07-20" && r["area"] == "");

        string[] strength = ["strength", "KFOR", "--from", "2025-07-01", "--to", "2025-07-31"];
        var strengthCsv = CsvRows.Read(Run([.. strength, "--csv"]).Out);
        Assert.Equal(["operation", "from", "to", "strength", "ceiling", "headroom", "mandate", "authorises_tours",
            "under_exception", "not_authorising"], strengthCsv.Header);
        Assert.Equal(JsonCount("stretches", strength), strengthCsv.Rows.Count);
        Assert.Contains(strengthCsv.Records, r => r["from"] == "2025-07-10" && r["to"] == "2025-07-20"
            && r["strength"] == "2" && r["ceiling"] == "400" && r["headroom"] == "398"
            && r["authorises_tours"] == "true");

        // A law with KFOR's newest ceiling at 1: the audit finds the ceiling broken.
        var lowered = ExportedWithKfor("lowered", kfor =>
            kfor.LastIndexOf("ceiling: 400", StringComparison.Ordinal) is var last and >= 0
                ? kfor[..last] + "ceiling: 1" + kfor[(last + "ceiling: 400".Length)..] : kfor);
        Assert.Equal(0, Run("import", lowered).Exit);
        var audit = Run("audit", "--csv");
        Assert.Equal(1, audit.Exit);
        var auditCsv = CsvRows.Read(audit.Out);
        Assert.Equal(["operation", "from", "to", "rule", "max_strength", "cause"], auditCsv.Header);
        Assert.Equal(JsonCount("violations", "audit"), auditCsv.Rows.Count);
        Assert.Contains(auditCsv.Records, r => r["rule"] == "ceiling" && r["operation"] == "KFOR");
    }

    [Theory]
    [InlineData("tours", "KFOR")]
    [InlineData("strength", "KFOR")]
    [InlineData("audit")]
    [InlineData("deadlines")]
    public void Csv_with_json_is_bad_input_naming_both(params string[] command)
    {
        var run = Run([.. command, "--csv", "--json"]);
        Assert.Equal(2, run.Exit);
        Assert.Contains("--json and --csv: each asks for another format; expected one of them.", run.Out);
    }
}
