using System.Text.Json.Nodes;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// `users add|list|role|revoke` on a real SQLite store, and the store's law of who may write once it has users:
/// the real program's output, JSON (against its schemas) and exit codes.
/// </summary>
public class UsersCommandTests() : LedgerTests("users")
{
    private string Add(string name, string role, string by)
    {
        var run = Run("users", "add", name, "--role", role, "--user", by, "--json");
        Assert.True(run.Exit == 0, run.Err + run.Out);
        Schemas.Valid("user-added.schema.json", run.Out);
        return (string)JsonNode.Parse(run.Out)!["token"]!;
    }

    [Fact]
    public void The_first_admin_adds_an_operations_user_who_deploys_while_others_are_refused_with_exit_1()
    {
        var token = Add("alice", "admin", "founder");
        Add("olaf", "operations", "alice");
        var stranger = Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01",
            "--user", "stranger", "--json");
        Assert.Equal(1, stranger.Exit);
        Schemas.Valid("error.schema.json", stranger.Out);
        Assert.Equal("not-permitted", (string?)JsonNode.Parse(stranger.Out)!["error"]!["kind"]);
        var admin = Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01",
            "--user", "alice");
        Assert.Equal(1, admin.Exit);
        Assert.Contains("'alice' is an admin user, and only an operations user may record tours", admin.Err);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01",
            "--user", "olaf").Exit);
        // The token is never shown again, nor its hash: not by list, verify, export.
        var list = Run("users", "list", "--json");
        Schemas.Valid("users.schema.json", list.Out);
        foreach (var shown in new[] { list.Out, Run("users", "list").Out, Run("verify", "--json").Out })
            Assert.DoesNotContain(token[4..16], shown);
        Assert.Equal(0, Run("export", Path.Combine(folder, "exported")).Exit);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "exported"), "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(token[4..16], File.ReadAllText(file));
    }

    [Fact]
    public void A_role_changed_and_a_user_revoked_are_ledger_entries_that_list_shows_and_verify_keeps_intact()
    {
        Add("alice", "admin", "founder");
        Add("paul", "operations", "alice");
        var role = Run("users", "role", "paul", "parliament", "--user", "alice", "--json");
        Assert.Equal(0, role.Exit);
        Schemas.Valid("user-changed.schema.json", role.Out);
        Assert.Equal("operations", (string?)JsonNode.Parse(role.Out)!["was"]);
        var revoke = Run("users", "revoke", "paul", "--user", "alice");
        Assert.Equal(0, revoke.Exit);
        Assert.Contains("paul is revoked: ledger position", revoke.Out);
        var users = JsonNode.Parse(Run("users", "list", "--json").Out)!;
        Assert.False((bool)users["open"]!);
        var paul = users["users"]!.AsArray().Single(u => (string?)u!["name"] == "paul")!;
        Assert.Equal(("parliament", false, "alice"), ((string?)paul["role"], (bool)paul["active"]!, (string?)paul["revokedBy"]));
        Assert.Equal(["user-added", "user-added", "user-role-changed", "user-revoked"],
            users["changes"]!.AsArray().Select(c => (string?)c!["change"]));
        Assert.Equal(0, Run("verify").Exit);
    }

    [Theory]
    [InlineData(new[] { "users", "add", "bob", "--role", "general" }, "--role: 'general' is not a role; expected viewer, operations, parliament or admin")]
    [InlineData(new[] { "users", "add", "", "--role", "viewer" }, "name: '' is empty")]
    [InlineData(new[] { "users", "add", " bob", "--role", "viewer" }, "name: ' bob' begins or ends with a space")]
    [InlineData(new[] { "users", "add", "alice", "--role", "viewer" }, "name: 'alice' is an active user already")]
    [InlineData(new[] { "users", "revoke", "nobody" }, "name: 'nobody' is not a user of this store; expected the name of an active user: alice.")]
    [InlineData(new[] { "users", "role", "nobody", "viewer" }, "name: 'nobody' is not a user of this store")]
    [InlineData(new[] { "users", "role", "alice", "chief" }, "role: 'chief' is not a role")]
    [InlineData(new[] { "users", "revoke", "alice" }, "name: 'alice' is the store's last active admin")]
    public void Bad_input_exits_2_naming_the_field_and_writes_nothing(string[] args, string says)
    {
        Add("alice", "admin", "founder");
        var before = Stored();
        var run = Run([.. args, "--user", "alice"]);
        Assert.Equal(2, run.Exit);
        Assert.Contains("error: " + says, run.Err);
        Assert.Equal(before, Stored());
    }

    [Fact]
    public void A_store_without_users_is_open_and_a_bad_role_creates_no_store()
    {
        var bad = Run("users", "add", "alice", "--role", "boss");
        Assert.Equal(2, bad.Exit);
        Assert.False(File.Exists(Db));
        Assert.Contains("has no users: anyone who can open it may write", Run("users", "list").Out);
        Assert.Equal(0, Run("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01",
            "--user", "anyone").Exit);
    }

    [Fact]
    public void Audit_shows_who_could_write_when_and_exits_1_for_an_entry_written_by_someone_not_allowed()
    {
        Add("alice", "admin", "founder");
        var clean = Run("audit", "--json");
        Assert.Equal(0, clean.Exit);
        Schemas.Valid("audit.schema.json", clean.Out);
        Assert.Single(JsonNode.Parse(clean.Out)!["userChanges"]!.AsArray());
        // Another program that holds the file appends a tour under a name no user has: the chain is intact, the
        // store's law of who may write is not.
        using (var store = new Mandates.Storage.SqliteEventStore(Db))
            store.Write(store.Head, _ => (new[]
            {
                new Core.Ledger.NewEvent("tour-started", "KFOR", new NodaTime.LocalDate(2025, 7, 1), Cli.Today,
                    "mallory", null, """{"person":"P-9","task":"reconnaissance","from":"2025-07-01"}"""),
            }, 0));
        Assert.Equal(0, Run("verify").Exit);
        var audit = Run("audit", "--json");
        Assert.Equal(1, audit.Exit);
        Schemas.Valid("audit.schema.json", audit.Out);
        var unpermitted = JsonNode.Parse(audit.Out)!["unpermittedWrites"]!.AsArray().Single()!;
        Assert.Equal(("mallory", "record-tours"), ((string?)unpermitted["recordedBy"], (string?)unpermitted["act"]));
        Assert.Contains("recorded by mallory", Run("audit").Out);
    }

    [Fact]
    public void A_non_admin_may_not_add_users()
    {
        Add("alice", "admin", "founder");
        Add("vera", "viewer", "alice");
        var run = Run("users", "add", "mallory", "--role", "admin", "--user", "vera");
        Assert.Equal(1, run.Exit);
        Assert.Contains("'vera' is a viewer user, and only an admin user may add, change or revoke users", run.Err);
    }
}
