namespace Mandates.Core.Tests;

/// <summary>Record files that loader tests build their cases around.</summary>
internal static class RecordFixtures
{
    /// <summary>UNSCR 1244, the act KFOR's mandates require, as its file in data/legal-acts/ says it.</summary>
    public const string Unscr1244 = """
        id: unscr-1244
        kind: un-security-council-resolution
        title: United Nations Security Council Resolution 1244 (1999)
        short: UNSCR 1244
        adopted: 1999-06-10
        until: open
        source: https://undocs.org/S/RES/1244(1999)
        """;
}
