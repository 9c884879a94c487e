namespace Mandates.Core.Tests.Fuzz;

/// <summary>
/// How many generated cases a fuzz test runs, and from which seed: a fixed, small budget in CI (a few seconds),
/// a larger one through scripts/fuzz (MANDATES_FUZZ_CASES, MANDATES_FUZZ_SEED). The same seed and budget give the
/// same cases, so a failure names what reproduces it.
/// </summary>
public static class FuzzBudget
{
    public static int Cases(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("MANDATES_FUZZ_CASES"), out var cases) && cases > 0
            ? cases
            : ciDefault;

    public static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("MANDATES_FUZZ_SEED"), out var seed) ? seed : 20261207;

    /// <summary>The generator of case <paramref name="number"/>: the same in every run (HashCode's is not).</summary>
    public static Random Random(int number) => new(unchecked(Seed * 1_000_003 + number));

    /// <summary>How to run a case again: the seed and the case's number.</summary>
    public static string Reproduce(int number) =>
        $"case {number} of seed {Seed} (MANDATES_FUZZ_SEED={Seed} MANDATES_FUZZ_CASES={number + 1} scripts/fuzz)";
}
