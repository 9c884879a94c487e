namespace Mandates.Core.Access;

/// <summary>Which act a ledger entry is, as far as who may record it goes.</summary>
public static class WriteActs
{
    /// <summary>
    /// The acts any of which lets a user record a file of the record: an operation's file is changed by a decision
    /// (or an import), a legal act's by a change of the act (or an import), anything else only by an import.
    /// </summary>
    public static IReadOnlyList<Act> OfFile(string path) =>
        path.StartsWith("operations/", StringComparison.Ordinal) ? [Act.RecordDecisions, Act.Import]
        : path.StartsWith("legal-acts/", StringComparison.Ordinal) ? [Act.ChangeLegalActs, Act.Import]
        : [Act.Import];
}
