using System.Text.Json;
using Mandates.Core.Tests.Fuzz;
using Xunit;
using Xunit.Abstractions;

namespace Mandates.Cli.Tests;

/// <summary>
/// Every command given seeded random arguments (<see cref="HostileArguments"/>), run in process: each ends in exit
/// 0, 1 or 2, never an exception; a 2 says what was wrong and where; and bad input writes nothing, on a store
/// that exists (its bytes unchanged) or one that does not yet (not created).
/// </summary>
public class ArgumentFuzzTests(ITestOutputHelper output) : StoreTests("fuzz-arguments")
{
    [Fact]
    public void Random_arguments_to_every_command_end_in_0_1_or_2_and_bad_input_writes_nothing()
    {
        Assert.Equal(0, Run("list").Exit);
        // Cases run in process, in the test's working folder: what a lawful case writes there by a relative name
        // (`export kfor`) is removed afterwards, so runs do not litter the build output.
        var present = Directory.GetFileSystemEntries(".").ToHashSet();
        try { Fuzz(); }
        finally
        {
            foreach (var made in Directory.GetFileSystemEntries(".").Where(e => !present.Contains(e)))
                if (Directory.Exists(made)) Directory.Delete(made, recursive: true); else File.Delete(made);
        }
    }

    private void Fuzz()
    {
        var cases = FuzzBudget.Cases(ciDefault: 80);
        var exits = new Dictionary<int, int>();
        var longest = (Time: TimeSpan.Zero, What: "");
        for (var number = 0; number < cases; number++)
        {
            var random = FuzzBudget.Random(number);
            var args = HostileArguments.Next(random);
            // A third of the cases on a store that does not exist yet, which bad input must not create.
            var absent = random.Next(3) == 0 ? Path.Combine(folder, $"new-{number}.db") : null;
            var store = absent ?? Db;
            var before = absent is null ? Stored() : null;
            var what = $"`mandates {string.Join(' ', args.Select(Shown))}` "
                + $"on {(absent is null ? "a store" : "no store")}, {FuzzBudget.Reproduce(number)}";
            Cli.Run run;
            var start = ThreadTime.Now();
            try
            {
                run = Cli.Invoke([.. args, "--db", store]);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{what} threw {e}");
            }
            // The processor time of the thread the command ran on (it runs on the caller's): what a case costs,
            // however busy the machine is.
            var took = ThreadTime.Now() - start;
            if (took > longest.Time) longest = (took, what);
            exits[run.Exit] = exits.GetValueOrDefault(run.Exit) + 1;
            Assert.True(run.Exit is 0 or 1 or 2, $"exit {run.Exit}: {what}\n{run.Err}{run.Out}");
            if (run.Exit != 2) continue;
            var said = Said(run);
            Assert.True(said.Length > 0, $"exit 2 without a message: {what}\n{run.Err}{run.Out}");
            Assert.True(NamesAPlace(said),
                $"exit 2 naming no place (an option, an argument or a command): {what}\n{said}");
            if (absent is null) Assert.True(before == Stored(), $"bad input changed the store: {what}");
            else Assert.False(File.Exists(absent), $"bad input created the store: {what}");
        }
        output.WriteLine(
            $"{cases} cases from seed {FuzzBudget.Seed} over {HostileArguments.Commands.Value.Count} commands: "
            + string.Join(", ", exits.OrderBy(e => e.Key).Select(e => $"exit {e.Key}: {e.Value}")));
        output.WriteLine($"longest: {longest.Time.TotalMilliseconds:N0} ms of processor time, {longest.What}");
        Assert.True(longest.Time < TimeSpan.FromSeconds(1),
            $"the longest case took {longest.Time.TotalMilliseconds:N0} ms: {longest.What}");
    }

    /// <summary>
    /// The error as said: the message of the JSON error object (with --json), else the "error:" lines.
    /// </summary>
    private static string Said(Cli.Run run)
    {
        if (run.Out.TrimStart().StartsWith('{'))
        {
            using var json = JsonDocument.Parse(run.Out);
            return json.RootElement.GetProperty("error").GetProperty("message").GetString() ?? "";
        }
        return string.Join("\n", run.Err.Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether a message names where the input went wrong: an option (--from), a variable (MANDATES_USER), an
    /// argument by its name (operation, folder, shell), or the command line's own words for a token or command.
    /// </summary>
    private static bool NamesAPlace(string said) =>
        said.Contains("--", StringComparison.Ordinal) || said.Contains("MANDATES_", StringComparison.Ordinal)
        || new[] { "operation", "folder", "shell", "command", "argument", "Unrecognized", "Required", "name:", "role:",
                "kind:", "file" }
            .Any(w => said.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static string Shown(string arg) =>
        arg.Length > 40 ? $"'{arg[..20]}…({arg.Length} characters)'"
        : arg.Length == 0 || arg.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            ? $"'{arg.Replace("\n", "\\n").Replace("\0", "\\0")}'"
        : arg;
}
