using System.Text.Json;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// What the tests of the commands that read and write a store's ledger share: how many entries it holds,
/// the position a write reported, the store's record exported with a change, raw SQL on the store.
/// </summary>
public abstract class LedgerTests(string name) : StoreTests(name)
{
    /// <summary>How many entries the ledger holds (the record's files come first, on first use).</summary>
    private protected long Entries()
    {
        using var json = JsonDocument.Parse(Run("verify", "--json").Out);
        return json.RootElement.GetProperty("checked").GetInt64();
    }

    /// <summary>Fills the store with the bundled record (as any first use does) and says how many entries it then holds.</summary>
    private protected long Filled()
    {
        Assert.Equal(0, Run("list").Exit);
        return Entries();
    }

    /// <summary>The ledger position a write reported.</summary>
    private protected static long Position(Cli.Run run) =>
        long.Parse(System.Text.RegularExpressions.Regex.Match(run.Out, @"ledger position (\d+)").Groups[1].Value);

    /// <summary>The store's record exported into a folder of this test, with KFOR's file changed; the folder.</summary>
    private protected string ExportedWithKfor(string name, Func<string, string> change)
    {
        var exported = Path.Combine(folder, name);
        Assert.Equal(0, Run("export", exported).Exit);
        var kfor = Path.Combine(exported, "operations", "kfor.yaml");
        File.WriteAllText(kfor, change(File.ReadAllText(kfor)));
        return exported;
    }

    /// <summary>Runs SQL on this test's store directly, as someone with the file (not the program) would.</summary>
    private protected void Sql(string sql)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The payloads of the tours started in the store at <paramref name="db"/>, oldest first.</summary>
    private protected static List<string> Payloads(string db)
    {
        using var store = new Mandates.Storage.SqliteEventStore(db);
        return store.ReadAfter(0).Where(e => e.Type == "tour-started").Select(e => e.Payload).ToList();
    }
}
