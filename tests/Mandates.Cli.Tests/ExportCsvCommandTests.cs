using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// export csv: one row per operation per month, read back with CsvHelper's reader; a new file only, whole or not
/// at all; `export FOLDER` still writes the record as YAML.
/// </summary>
public class ExportCsvCommandTests() : LedgerTests("export-csv")
{
    private static readonly string[] Header =
    [
        "month", "operation", "operation_name", "lead", "legal_instruments", "mandate", "ceiling", "reported_strength",
        "ledger_strength",
    ];

    private CsvRows.Table Export(out Cli.Run run, params string[] args)
    {
        var file = Path.Combine(folder, $"record-{Guid.NewGuid():N}.csv");
        run = Run(["export", "csv", "--out", file, .. args]);
        Assert.Equal(0, run.Exit);
        return CsvRows.Read(File.ReadAllText(file));
    }

    [Fact]
    public void Rows_hold_each_operation_month_by_month_with_its_mandate_ceiling_and_strength()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-8001", "--task", "reconnaissance", "--from", "2025-07-01",
            "--until", "2025-07-31").Exit);
        var table = Export(out var run);
        Assert.Equal(Header, table.Header);
        var rows = table.Records.ToList();
        // Every operation of `list` with a consent has rows, up to this month (the clock's: 2025-07), none after.
        using var list = JsonDocument.Parse(Run("list", "--json").Out);
        var ids = list.RootElement.GetProperty("operations").EnumerateArray()
            .Select(o => o.GetProperty("operation").GetString()!).ToHashSet();
        Assert.Subset(ids, rows.Select(r => r["operation"]).ToHashSet());
        Assert.Equal("2025-07", rows.Max(r => r["month"]));
        Assert.Equal(rows.Count, rows.Select(r => (r["month"], r["operation"])).Distinct().Count());
        Assert.Contains($"Wrote {rows.Count} rows", run.Out);

        var kfor = rows.Where(r => r["operation"] == "KFOR").ToDictionary(r => r["month"]);
        // The vote of 28 June 2019 cut the ceiling from 800 to 400: June shows the higher, July the lower.
        Assert.Equal(("KFOR-2019", "800"), (kfor["2019-06"]["mandate"], kfor["2019-06"]["ceiling"]));
        Assert.Equal(("KFOR-2019", "400"), (kfor["2019-07"]["mandate"], kfor["2019-07"]["ceiling"]));
        // KFOR-2025 took over in June 2025, at the same ceiling of 400.
        Assert.Equal(("KFOR-2024", "400"), (kfor["2025-05"]["mandate"], kfor["2025-05"]["ceiling"]));
        Assert.Equal(("KFOR-2025", "400"), (kfor["2025-06"]["mandate"], kfor["2025-06"]["ceiling"]));
        Assert.Equal("UNSCR 1244; NAC decision of 30 January 1999", kfor["2025-07"]["legal_instruments"]);
        Assert.Equal(("NATO", "0", "1"), (kfor["2025-07"]["lead"], kfor["2025-06"]["ledger_strength"],
            kfor["2025-07"]["ledger_strength"]));
        Assert.Equal("2009-09",
            kfor.Values.Where(r => r["reported_strength"] == "2350").Select(r => r["month"]).First());
    }

    [Fact]
    public void The_months_asked_for_bound_the_rows_and_json_says_what_was_written()
    {
        var table = Export(out var run, "--from", "2025-06", "--to", "2025-07", "--json");
        Schemas.Valid("export-csv.schema.json", run.Out);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(table.Rows.Count, json.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(["2025-06", "2025-07"], table.Records.Select(r => r["month"]).Distinct().Order());
        Assert.Equal(2, table.Records.Count(r => r["operation"] == "KFOR"));
    }

    [Fact]
    public void A_name_with_a_comma_a_quote_and_a_line_break_survives_the_round_trip()
    {
        const string name = "Kosovo \"Force\", with a comma\nand a second line";
        var record = ExportedWithKfor("tricky", kfor => kfor.Replace(
            "name: \"Participation of armed German forces in the international security presence in Kosovo (KFOR)\"",
            "name: \"Kosovo \\\"Force\\\", with a comma\\nand a second line\""));
        var table = Export(out _, "--data", record, "--from", "2025-07", "--to", "2025-07");
        Assert.Equal(name, Assert.Single(table.Records, r => r["operation"] == "KFOR")["operation_name"]);
    }

    [Theory]
    [InlineData("--to", "--from", "2025-07", "--to", "2025-06")]
    [InlineData("--from", "--from", "2025-13")]
    [InlineData("--to", "--to", "July")]
    public void Bad_months_are_exit_2_and_write_no_file(string named, params string[] args)
    {
        var file = Path.Combine(folder, "none.csv");
        var run = Run(["export", "csv", "--out", file, .. args]);
        Assert.Equal(2, run.Exit);
        Assert.Contains(named, run.Err);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void An_existing_file_is_refused_and_a_folder_named_csv_is_still_a_yaml_export()
    {
        var file = Path.Combine(folder, "kept.csv");
        File.WriteAllText(file, "mine");
        var run = Run("export", "csv", "--out", file);
        Assert.Equal(2, run.Exit);
        Assert.Contains("exists; expected a new file", run.Err);
        Assert.Equal("mine", File.ReadAllText(file));

        var csvFolder = Path.Combine(folder, "csv");
        Assert.Equal(0, Run("export", csvFolder).Exit);
        Assert.True(File.Exists(Path.Combine(csvFolder, "operations", "kfor.yaml")));
    }
}
