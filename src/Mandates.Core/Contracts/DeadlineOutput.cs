using Mandates.Core.Law;
using Mandates.Core.Rules;

namespace Mandates.Core.Contracts;

/// <summary>A deadline as the contracts send it.</summary>
/// <param name="Date">The day it falls due, YYYY-MM-DD (for a note on one past, the day it fell due).</param>
/// <param name="Kind">One of <see cref="DeadlineKinds"/>: <c>mandate-ends</c>, <c>legal-act-ends</c>,
/// <c>resubmission-due</c> ….</param>
/// <param name="What">The sentence that says it.</param>
/// <param name="LegalLimit">Whether the law sets it; false for a government undertaking.</param>
/// <param name="Mandate">The mandate it belongs to.</param>
/// <param name="Basis">What sets it: a provision, a legal act, the mandate, an undertaking.</param>
/// <param name="Awaits">The decision that would answer it before it falls due; null where none can.</param>
public sealed record DeadlineOutput(string Date, string Kind, string What, bool LegalLimit, string Mandate,
    string Basis, string? Awaits)
{
    public static DeadlineOutput Of(Deadline d) =>
        new(Days.Format(d.Date), d.Kind, d.What, d.IsLegalLimit, d.Mandate.Value, d.Basis, d.Awaits);
}
