namespace Mandates.Core.Contracts;

/// <summary><c>import</c>'s answer: which of the folder's files changed the store's record.</summary>
/// <param name="SchemaVersion">See <see cref="Contract.SchemaVersion"/>.</param>
/// <param name="Changed">How many files were recorded, each as a new entry superseding the old.</param>
/// <param name="Unchanged">How many files the store already held as they are.</param>
/// <param name="Files">The changed files' paths.</param>
/// <param name="ToursNowBreakTheLaw">The tours recorded that the imported record leaves breaking the law.</param>
public sealed record ImportOutput(int SchemaVersion, int Changed, int Unchanged, IReadOnlyList<string> Files,
    IReadOnlyList<ViolationOutput> ToursNowBreakTheLaw)
{
    /// <summary>What an import recorded, as <c>import --json</c> and <c>POST /api/import</c> say it.</summary>
    public static ImportOutput Of(UseCases.ImportResult import) => new(SchemaVersion: Contract.SchemaVersion,
        import.Appended.Count, import.Files - import.Appended.Count, import.Paths,
        [.. import.Broken.Violations.Select(v => ViolationOutput.Of(v, import.State))]);
}
