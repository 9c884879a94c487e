using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>
/// A PostgreSQL password comes from where libpq's users keep it (PGPASSWORD, ~/.pgpass), so --db needs none; one
/// typed into --db is warned about; and no output of any command ever shows it, only its mask.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PostgresSecretsTests : IDisposable
{
    private const string Password = "Sesame-7f3Q-never-shown";

    private readonly PostgresServer server = new();
    private readonly string role;
    private readonly string folder = Directory.CreateTempSubdirectory("mandates-secrets-").FullName;

    public PostgresSecretsTests()
    {
        role = server.Role("clerk", Password);
        // The role owns its database, so the program may create its ledger there.
        server.Run(null, $"ALTER DATABASE {server.Database} OWNER TO {role}");
        server.Run(null, $"GRANT ALL ON SCHEMA public TO {role}");
    }

    private Cli.Run Own(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        OwnProcess.Run(folder, environment, [.. args, "--db", server.Url(role)]);

    private static void NeverShown(Cli.Run run)
    {
        Assert.DoesNotContain(Password, run.Out);
        Assert.DoesNotContain(Password, run.Err);
    }

    [Fact]
    public void A_password_from_PGPASSWORD_reaches_the_server_with_none_in_db()
    {
        var run = Own(new Dictionary<string, string> { ["PGPASSWORD"] = Password }, "list", "--on", "2025-07-01");
        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("KFOR", run.Out);
        Assert.DoesNotContain("warning", run.Err);
        NeverShown(run);
    }

    [Fact]
    public void A_password_from_pgpass_in_HOME_reaches_the_server_with_none_in_db()
    {
        var home = Path.Combine(folder, "home");
        Directory.CreateDirectory(home);
        var pgpass = Path.Combine(home, ".pgpass");
        File.WriteAllText(pgpass, $"127.0.0.1:*:{server.Database}:{role}:{Password}\n");
        File.SetUnixFileMode(pgpass, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var run = Own(new Dictionary<string, string> { ["HOME"] = home }, "list", "--on", "2025-07-01");
        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("KFOR", run.Out);
        NeverShown(run);
    }

    [Fact]
    public void No_password_or_a_wrong_one_fails_saying_where_a_password_is_read_from_and_never_showing_it()
    {
        var home = Directory.CreateDirectory(Path.Combine(folder, "empty-home")).FullName;
        var none = Own(new Dictionary<string, string> { ["HOME"] = home }, "list");
        Assert.Equal(3, none.Exit);
        Assert.Contains($"--db: cannot use the PostgreSQL server postgres://{role}@", none.Err);
        Assert.Contains("expected the role's password in PGPASSWORD or ~/.pgpass", none.Err);

        var wrong = Own(new Dictionary<string, string> { ["HOME"] = home, ["PGPASSWORD"] = "wrong-" + Password },
            "list", "--json");
        Assert.Equal(3, wrong.Exit);
        Assert.Contains("password authentication failed for user", wrong.Out);
        Assert.Contains("expected the role's password in PGPASSWORD or ~/.pgpass", wrong.Out);
        NeverShown(wrong);

        var typed = Cli.Invoke("list", "--db", server.Url(role, "wrong-" + Password));
        Assert.Equal(3, typed.Exit);
        Assert.Contains($"cannot use the PostgreSQL server postgres://{role}:***@", typed.Err);
        NeverShown(typed);
    }

    [Fact]
    public void No_output_of_any_command_shows_a_password_typed_into_db_and_each_warns_of_it()
    {
        var exported = Path.Combine(folder, "exported");
        // Every command, in an order in which each finds what it asks about (tour 10 is the first tour).
        string[][] commands =
        [
            ["list"], ["list", "--json"], ["show", "KFOR"], ["show", "KFOR", "--json"],
            ["check", "KFOR", "--on", "2025-07-01", "--add", "50"],
            ["check", "KFOR", "--on", "2025-07-01", "--add", "5000", "--json"],
            ["deploy", "KFOR", "--person", "P-1", "--task", "reconnaissance", "--from", "2025-07-01", "--json"],
            ["end-tour", "--person", "P-1", "--on", "2025-07-02"],
            ["correct-tour", "--tour", "10", "--cancel", "--reason", "never left", "--json"],
            ["strength", "KFOR", "--on", "2025-07-01"], ["strength", "KFOR", "--json"],
            ["tours", "KFOR", "--on", "2025-07-01"], ["tours", "--person", "P-1", "--json"],
            ["history", "--tour", "10"], ["history", "--tour", "10", "--json"],
            ["audit"], ["audit", "--json"], ["verify"], ["verify", "--json"],
            ["generate", "--events", "20", "--seed", "1"], ["generate", "--events", "20", "--json"],
            ["export", exported], ["import", exported], ["import", exported, "--json"],
            ["record", "cabinet", "--mandate", "KFOR-2025", "--date", "2025-05-21", "--source", "x", "--json"],
            ["history", "--tour", "999999"], ["check", "NOWHERE", "--json"], ["completion", "bash"],
        ];
        foreach (var command in commands)
        {
            var run = Cli.Invoke([.. command, "--db", server.Url(role, Password)]);
            var what = $"`{string.Join(' ', command)}` exit {run.Exit}: {run.Err}{run.Out}";
            Assert.True(run.Exit is 0 or 1 or 2, what);
            Assert.True(run.Err.Contains("warning: --db holds a password, which every account on this machine can "
                + "read in the process list while the command runs; give it in PGPASSWORD or ~/.pgpass instead"),
                what);
            NeverShown(run);
            if (command is ["verify"]) Assert.Contains($"postgres://{role}:***@", run.Out);
        }
    }

    public void Dispose()
    {
        server.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
