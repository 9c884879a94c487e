namespace Mandates.Storage;

/// <summary>
/// A PostgreSQL address (postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE) as it may be shown: its password
/// masked, in every message, log line and JSON output. The password itself belongs in PGPASSWORD or
/// ~/.pgpass, which the driver reads; typed on a command line it is in the process list for every account.
/// </summary>
public static class DatabaseAddress
{
    /// <summary>What stands in a shown address for its password.</summary>
    public const string Mask = "***";

    /// <summary>
    /// The address with its password masked, also when it does not parse: whatever stands between the
    /// user's ':' and the last '@' (a password may hold an '@' only escaped, so the last one ends it).
    /// </summary>
    public static string Masked(string address) =>
        PasswordAt(address) is var (start, end) ? $"{address[..start]}{Mask}{address[end..]}" : address;

    /// <summary>Whether the address holds a password (or what a mistyped one would take for one).</summary>
    public static bool HasPassword(string address) => PasswordAt(address) is not null;

    /// <summary>The warning for a password typed into --db: it names the safer places.</summary>
    public const string OnCommandLine =
        "--db holds a password, which every account on this machine can read in the process list while the command "
        + "runs; give it in PGPASSWORD or ~/.pgpass instead (then --db postgres://USER@HOST/DATABASE needs none), "
        + "or the whole address in MANDATES_DB.";

    /// <summary>
    /// Where the password stands in the address (from, to): after the user's ':' up to the last '@'.
    /// </summary>
    private static (int Start, int End)? PasswordAt(string address)
    {
        // After the scheme ("postgres://", or "postgres:" mistyped without its slashes), USER:PASSWORD@.
        var start = address.IndexOf("://", StringComparison.Ordinal) is var slashes and >= 0
            ? slashes + 3
            : address.IndexOf(':') + 1;
        var at = address.LastIndexOf('@');
        if (start <= 0 || at < start) return null;
        var colon = address.IndexOf(':', start);
        return colon < 0 || colon > at ? null : (colon + 1, at);
    }
}
