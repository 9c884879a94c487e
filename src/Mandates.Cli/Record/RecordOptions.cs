using System.CommandLine;
using Mandates.Core.UseCases;

namespace Mandates.Cli;

/// <summary>The options every `record …` command shares, and what each gives its use case.</summary>
internal static class RecordOptions
{
    public static Option<string> Source() =>
        new("--source") { Description = "The document this fact comes from: a link or a citation.", Required = true };

    public static Option<string> Mandate() =>
        new("--mandate") { Description = "The mandate, e.g. KFOR-2025.", Required = true };

    /// <summary>The day of the decision; <paramref name="what"/> says whose.</summary>
    public static Option<string> Date(string what) =>
        new("--date") { Description = $"The day {what} (YYYY-MM-DD), up to today.", Required = true };

    /// <summary>The words a value may be, for an option's description: "adopted, rejected".</summary>
    public static string Words<T>(IReadOnlyDictionary<string, T> words) => string.Join(", ", words.Keys);
}
