using Mandates.Core.Law;

namespace Mandates.Core.UseCases;

/// <summary>A decision made to the law as the store holds it: the changed record, and what it records.</summary>
/// <param name="Changed">The whole record with the decision in it.</param>
/// <param name="What">The decision in words, e.g. "vote on KFOR-2026".</param>
/// <param name="Note">
/// What the caller should know about the decision recorded (a demand for debate too late to matter); null if nothing.
/// </param>
internal sealed record DecisionChange(LegalRecord Changed, string What, string? Note = null);
