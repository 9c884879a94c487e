namespace Mandates.Core.Law;

/// <summary>The words that name ceiling exception clauses, in files and on the command line.</summary>
public static class CeilingExceptionWords
{
    public static readonly IReadOnlyDictionary<string, CeilingExceptionKind> All =
        new Dictionary<string, CeilingExceptionKind>
        {
            ["rotation"] = CeilingExceptionKind.Rotation,
            ["transfer"] = CeilingExceptionKind.Transfer,
            ["emergency"] = CeilingExceptionKind.Emergency,
        };

    public static string Of(CeilingExceptionKind kind) => All.First(p => p.Value == kind).Key;
}
