using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>audit --json and import --json, whose violations share one shape, validate against their schemas.</summary>
public class AuditContractTests() : LedgerTests("audit-contract")
{
    /// <summary>
    /// Two open-ended tours, then a law with KFOR's newest ceiling at 1 and reconnaissance gone: a ceiling broken
    /// onwards (the most that served, no last day) and a task one tour broke (no strength of the operation's).
    /// </summary>
    private Cli.Run Broken()
    {
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01")
            .Exit);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-2", "--task", "hq-pristina", "--from", "2025-07-01").Exit);
        var changed = ExportedWithKfor("lowered", kfor =>
            (kfor.LastIndexOf("ceiling: 400", StringComparison.Ordinal) is var last and >= 0
                ? kfor[..last] + "ceiling: 1" + kfor[(last + "ceiling: 400".Length)..] : kfor)
            .Replace("key: \"reconnaissance\"", "key: \"reconnaissance-gone\""));
        return Run("import", changed, "--json");
    }

    [Fact]
    public void Import_and_audit_with_violations_of_both_kinds_validate()
    {
        var import = Broken();
        Assert.Equal(0, import.Exit);
        Schemas.Valid("import.schema.json", import.Out);
        using var imported = JsonDocument.Parse(import.Out);
        var broken = imported.RootElement.GetProperty("toursNowBreakTheLaw").EnumerateArray().ToList();
        Assert.Contains(broken, v => v.GetProperty("rule").GetString() == "ceiling"
            && v.GetProperty("maxStrength").GetInt32() == 2 && v.GetProperty("to").ValueKind == JsonValueKind.Null);
        Assert.Contains(broken, v => v.GetProperty("rule").GetString() == "task"
            && v.GetProperty("maxStrength").ValueKind == JsonValueKind.Null);

        var audit = Run("audit", "--json");
        Assert.Equal(1, audit.Exit);
        Schemas.Valid("audit.schema.json", audit.Out);
        using var json = JsonDocument.Parse(audit.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("operationInRecord").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("asRecordedAt").ValueKind);

        var one = Run("audit", "KFOR", "--as-recorded-at", "2025-07-01T09:00:00Z", "--json");
        Assert.Equal(1, one.Exit);
        Schemas.Valid("audit.schema.json", one.Out);
        using var then = JsonDocument.Parse(one.Out);
        Assert.True(then.RootElement.GetProperty("operationInRecord").GetBoolean());
        Assert.Equal("2025-07-01T09:00:00Z", then.RootElement.GetProperty("asRecordedAt").GetString());
    }

    [Fact]
    public void An_audit_and_an_import_that_find_nothing_validate()
    {
        var audit = Run("audit", "--json");
        Assert.Equal(0, audit.Exit);
        Schemas.Valid("audit.schema.json", audit.Out);
        var again = Run("import", Path.Combine(AppContext.BaseDirectory, "data"), "--json");
        Assert.Equal(0, again.Exit);
        Schemas.Valid("import.schema.json", again.Out);
        Assert.Equal(0, JsonDocument.Parse(again.Out).RootElement.GetProperty("changed").GetInt32());
    }
}
