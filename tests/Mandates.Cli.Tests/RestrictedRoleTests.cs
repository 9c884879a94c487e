using Npgsql;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// The program works under a PostgreSQL role that may only read and append to the ledger (docs/security.md), and
/// the server itself stops that role from changing or removing an entry: not only the append-only trigger,
/// which the table's owner could drop, but the role's own privileges.
/// </summary>
public sealed class RestrictedRoleTests : IDisposable
{
    private readonly PostgresServer server = new();

    /// <summary>The grants docs/security.md gives, word for word.</summary>
    private static string Grants(string database, string role) => $"""
        GRANT CONNECT ON DATABASE {database} TO {role};
        GRANT USAGE ON SCHEMA public TO {role};
        GRANT SELECT, INSERT ON events TO {role};
        GRANT SELECT ON schema_version, snapshots, snapshot_parts TO {role};
        """;

    [Fact]
    public void A_role_with_INSERT_and_SELECT_on_the_ledger_writes_and_reads_but_cannot_update_or_delete_an_entry()
    {
        // The owner creates the ledger (migrations need it) and fills it with the bundled record.
        Assert.Equal(0, Cli.Invoke("list", "--db", server.Url(server.Owner)).Exit);
        var clerk = server.Role("clerk", password: null);
        server.Run(null, Grants(server.Database, clerk));
        var db = server.Url(clerk);

        var deploy = Cli.Invoke("deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01",
            "--db", db);
        Assert.True(deploy.Exit == 0, deploy.Err);
        Assert.Contains($"Written at ledger position {BundledRecordSize.FirstAfter}", deploy.Out);
        Assert.Equal(0, Cli.Invoke("end-tour", "--person", "P-1", "--on", "2025-07-31", "--db", db).Exit);
        Assert.Equal(1, Cli.Invoke("check", "KFOR", "--on", "2025-07-01", "--add", "400", "--db", db).Exit);
        Assert.Contains("KFOR on 2025-07-01, as known now: most deployed 1",
            Cli.Invoke("strength", "KFOR", "--on", "2025-07-01", "--db", db).Out);
        Assert.Contains($"Intact: {BundledRecordSize.Files + 2} entries", Cli.Invoke("verify", "--db", db).Out);
        Assert.Equal(0, Cli.Invoke("audit", "--db", db).Exit);
        // An open that folds enough entries saves a snapshot, which this role may not: the command answers all the
        // same.
        var folded = Cli.InvokeAt(Cli.Today, 1, "tours", "KFOR", "--on", "2025-07-01", "--db", db);
        Assert.Equal(0, folded.Exit);
        Assert.Contains("could not save a snapshot of its ledger", folded.Err);
        // Nor after generate appends: what it appended stays, and it says so (exit 0, not "nothing was written").
        var generated = Cli.InvokeAt(Cli.Today, 1, "generate", "--events", "20", "--db", db);
        Assert.True(generated.Exit == 0, generated.Err);
        Assert.Contains("could not save a snapshot of its ledger", generated.Err);
        Assert.Contains($"Intact: {BundledRecordSize.Files + 22} entries", Cli.Invoke("verify", "--db", db).Out);

        foreach (var sql in new[]
        {
            $"UPDATE events SET recorded_by = 'someone else' WHERE position = {BundledRecordSize.FirstAfter}",
            $"DELETE FROM events WHERE position = {BundledRecordSize.FirstAfter + 1}",
            "TRUNCATE events",
            "DROP TRIGGER events_are_append_only ON events",
        })
        {
            var refused = Assert.Throws<PostgresException>(() => server.RunAs(clerk, sql));
            Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {refused.Message}");
        }
        Assert.Contains($"Intact: {BundledRecordSize.Files + 22} entries", Cli.Invoke("verify", "--db", db).Out);
    }

    [Fact]
    public void Creating_the_ledger_needs_the_owner_and_a_restricted_role_is_told_so()
    {
        var clerk = server.Role("clerk", password: null);
        server.Run(null, $"GRANT CONNECT ON DATABASE {server.Database} TO {clerk}");
        server.Run(null, $"REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        var run = Cli.Invoke("list", "--db", server.Url(clerk));
        Assert.Equal(3, run.Exit);
        Assert.Contains("42501: permission denied for schema public; expected a role with the privileges "
            + "docs/security.md lists (creating or migrating the ledger needs the database's owner)", run.Err);
    }

    public void Dispose() => server.Dispose();
}
