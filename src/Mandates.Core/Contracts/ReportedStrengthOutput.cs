using Mandates.Core.Law;

namespace Mandates.Core.Contracts;

/// <summary>A figure a source reported of the soldiers actually deployed: not the ledger's tours.</summary>
/// <param name="Date">The day the figure is for, YYYY-MM-DD.</param>
/// <param name="Persons">The soldiers deployed.</param>
/// <param name="Approximate">Whether the source gives it as "about".</param>
/// <param name="Source">The source of the figure (its own, or the operation's).</param>
public sealed record ReportedStrengthOutput(string Date, int Persons, bool Approximate, SourceOutput Source)
{
    public static ReportedStrengthOutput Of(Operation operation, ReportedStrength r) =>
        new(Days.Format(r.Date), r.Persons, r.Approximate, SourceOutput.Of(r.Provenance.Resolve(operation.Source)));

    /// <summary>The figure in words, e.g. "about 290 on 2024-06-30".</summary>
    public static string Words(ReportedStrength r) =>
        (r.Approximate ? "about " : "")
        + r.Persons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + $" on {Days.Format(r.Date)}";
}
