using Mandates.Core.Law;
using Mandates.Core.UseCases;

namespace Mandates.Core.Contracts;

/// <summary>
/// <c>show</c>'s output: an operation on a day, the mandate in force, and its whole chain of mandates, oldest
/// first, every fact with its source.
/// </summary>
/// <param name="Date">The day asked about.</param>
/// <param name="InForce">The mandate in force that day; null where none is (none began, or the governing one
/// authorises nothing).</param>
/// <param name="Governing">The latest mandate whose consent began by the day, in force or not; null before
/// any.</param>
/// <param name="AuthorisesNothingBecause">Why the governing mandate lets nobody serve that day; empty where it is in
/// force.</param>
public sealed record ShowOutput(int SchemaVersion, string Operation, string Name, string Lead, string Date,
    string? InForce, string? Governing, IReadOnlyList<string> AuthorisesNothingBecause,
    IReadOnlyList<MandateOutput> Chain)
{
    public static ShowOutput Of(ShowResult shown) => new(Contract.SchemaVersion, shown.Operation.Id.Value,
        shown.Operation.Name, shown.Operation.Lead, Days.Format(shown.Day), shown.InForce?.Id.Value,
        shown.Governing?.Id.Value, shown.AuthorisesNothingBecause,
        [.. shown.Operation.Mandates.Select(m => MandateOutput.Of(shown.Record, m))]);
}
