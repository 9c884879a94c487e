using Mandates.Core.Ledger;

namespace Mandates.Core.UseCases;

/// <summary>
/// The violations a change of the law, already written, brings to the tours recorded; or why the law
/// cannot tell (a question no rule answers), when there are none to list.
/// </summary>
/// <param name="Violations">The violations the change brought; none if it brought none or the law cannot tell.</param>
/// <param name="CannotTell">Why the law cannot tell whether tours break it after the change; null when it can.</param>
public sealed record BrokenTours(IReadOnlyList<Violation> Violations, string? CannotTell)
{
    /// <summary>No change was written, so none can have broken anything.</summary>
    public static readonly BrokenTours None = new([], null);
}
