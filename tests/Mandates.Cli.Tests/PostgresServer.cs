using Mandates.Storage;
using Npgsql;

namespace Mandates.Cli.Tests;

/// <summary>
/// A database of its own on the PostgreSQL server scripts/test starts (its address in MANDATES_TEST_POSTGRES),
/// and roles made for a test: with a password the server asks for (members of mandates_password_login, which
/// scripts/postgres makes sign in with scram-sha-256), or restricted. Dropped, database and roles, afterwards.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    public const string Variable = "MANDATES_TEST_POSTGRES";
    private const string PasswordGroup = "mandates_password_login";

    private readonly NpgsqlConnectionStringBuilder admin;
    private readonly List<string> roles = [];
    private readonly string suffix = Guid.NewGuid().ToString("N")[..10];

    /// <summary>The test's database.</summary>
    public string Database { get; }

    public PostgresServer()
    {
        var server = Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException(
                $"{Variable} is not set: run the tests through scripts/test, which starts PostgreSQL.");
        admin = PostgresEventStore.ParseUrl(server);
        Database = "mandates_sec_" + suffix;
        Run("postgres", $"CREATE DATABASE {Database}");
        // A server started before scripts/postgres made the group has the line in pg_hba.conf or not at all.
        Run("postgres",
            $"DO $$ BEGIN CREATE ROLE {PasswordGroup} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
        if (Scalar("postgres", $"SELECT count(*) FROM pg_hba_file_rules WHERE '+{PasswordGroup}' = ANY(user_name) "
                + "AND auth_method = 'scram-sha-256'") is 0L)
            throw new InvalidOperationException($"The server at {server} does not ask {PasswordGroup}'s members for a "
                + "password: start it afresh with scripts/postgres, which adds the line to pg_hba.conf.");
    }

    /// <summary>
    /// The address of the test's database for <paramref name="user"/>, with <paramref name="password"/> in it if given.
    /// </summary>
    public string Url(string user, string? password = null) =>
        $"postgres://{user}{(password is null ? "" : ":" + password)}@{admin.Host}:{admin.Port}/{Database}";

    /// <summary>The server's superuser, who owns the test's database.</summary>
    public string Owner => admin.Username!;

    /// <summary>
    /// A new role that may sign in; with a password, the server asks for it (scram-sha-256) and trusts nothing else.
    /// </summary>
    public string Role(string name, string? password)
    {
        var role = $"{name}_{suffix}";
        Run("postgres", $"CREATE ROLE {role} LOGIN"
            + (password is null ? "" : $" PASSWORD '{password}' IN ROLE {PasswordGroup}"));
        roles.Add(role);
        return role;
    }

    /// <summary>Runs SQL on the test's database (or <paramref name="database"/>) as the superuser.</summary>
    public void Run(string? database, string sql) => Scalar(database, sql);

    /// <summary>Runs SQL on the test's database as <paramref name="role"/> (a role the server trusts).</summary>
    public void RunAs(string role, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin.ConnectionString)
        {
            Username = role, Database = Database, Pooling = false,
        }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string? database, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin.ConnectionString)
        {
            Database = database ?? Database, Pooling = false,
        }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Run("postgres", $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
        foreach (var role in roles) Run("postgres", $"DROP ROLE IF EXISTS {role}");
    }
}
