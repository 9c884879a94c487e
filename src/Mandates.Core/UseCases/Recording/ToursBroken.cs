using Mandates.Core.Law;
using Mandates.Core.Ledger;

namespace Mandates.Core.UseCases;

/// <summary>
/// The tours already recorded that a change of the law, just written, leaves breaking it: the violations
/// it brings (see <see cref="Audit.BroughtBy"/>), none where the law cannot tell.
/// </summary>
/// <remarks>
/// The host supplies it for now, for the command line says on stderr when the law cannot tell (a question
/// no rule answers); it becomes the use case's own once that check is in Core.
/// </remarks>
/// <param name="before">The law before the change.</param>
/// <param name="after">The law after it.</param>
/// <param name="ledger">The tours recorded.</param>
public delegate IReadOnlyList<Violation> ToursBroken(LegalRecord? before, LegalRecord after, LedgerState ledger);
