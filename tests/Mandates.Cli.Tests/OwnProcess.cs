using System.Diagnostics;

namespace Mandates.Cli.Tests;

/// <summary>
/// Runs the built program as its own process, as a user's shell would: under umask 022 (the usual one, which
/// makes a file others may read unless the program says otherwise), with only the environment a test gives it.
/// Slower than <see cref="Cli"/>: for what only a process of its own shows (its umask, HOME, PGPASSWORD).
/// </summary>
internal static class OwnProcess
{
    /// <summary>
    /// The variables of the tests' own environment that would change what the program does: removed.
    /// </summary>
    private static readonly string[] Settings =
        ["MANDATES_DB", "MANDATES_DATA", "MANDATES_USER", "PGPASSWORD", "PGPASSFILE", "PGUSER", "PGHOST", "PGPORT"];

    public static Cli.Run Run(string workingFolder, IReadOnlyDictionary<string, string> environment,
        params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingFolder,
        };
        foreach (var argument in (string[])["-c", "umask 022 && exec dotnet \"$0\" \"$@\"",
                     Path.Combine(AppContext.BaseDirectory, "mandates.dll"), .. args])
            start.ArgumentList.Add(argument);
        foreach (var setting in Settings) start.Environment.Remove(setting);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new Cli.Run(process.ExitCode, output.Result, errors);
    }
}
