using System.CommandLine;
using Mandates.Storage;

namespace Mandates.Cli;

/// <summary>
/// What the command line says before any command runs, read from what was typed as much as from the parser: the
/// parser throws when asked for a value it could not read, and what was typed matters even then.
/// </summary>
internal static class Typed
{
    /// <summary>
    /// Whether the answer is to be JSON: --json, also when the parser could not read it (given twice with values,
    /// which it refuses by throwing when asked).
    /// </summary>
    public static bool Json(ParseResult parsed, string[] args)
    {
        try
        {
            return parsed.GetValue(CliApp.JsonOption) || args.Contains("--json");
        }
        catch (InvalidOperationException)
        {
            return args.Contains("--json");
        }
    }

    /// <summary>
    /// Whether --db, as typed (--db X, --db=X or --db:X), is a PostgreSQL address holding a password.
    /// </summary>
    public static bool Password(string[] args)
    {
        var db = CliApp.DbOption.Name;
        return args.Select((arg, i) => arg == db && i + 1 < args.Length ? args[i + 1]
                : arg.StartsWith(db + "=", StringComparison.Ordinal)
                    || arg.StartsWith(db + ":", StringComparison.Ordinal)
                    ? arg[(db.Length + 1)..]
                : null)
            .Any(given => given is not null && EventStores.IsPostgres(given) && DatabaseAddress.HasPassword(given));
    }
}
