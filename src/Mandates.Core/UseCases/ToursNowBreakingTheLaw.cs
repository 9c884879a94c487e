using Mandates.Core.Law;
using Mandates.Core.Ledger;
using Mandates.Core.Rules;

namespace Mandates.Core.UseCases;

/// <summary>
/// What a decision or an import that changed the law leaves behind: the tours already recorded that now
/// break it (a lowered ceiling, a revocation, a legal act's end), which those who deploy must end or correct.
/// </summary>
public static class ToursNowBreakingTheLaw
{
    /// <summary>
    /// The violations the change from <paramref name="before"/> to <paramref name="after"/> brings to the
    /// tours of <paramref name="state"/> (see <see cref="Audit.BroughtBy"/>). Where the law cannot tell, the
    /// change was written all the same: that is said, not thrown, for it must not read as the change's failure.
    /// </summary>
    public static BrokenTours Find(LegalRecord? before, LegalRecord after, LedgerState state)
    {
        try
        {
            return new BrokenTours(Audit.BroughtBy(before, after, state), null);
        }
        catch (RuleConflictException e)
        {
            return new BrokenTours([], e.Message);
        }
    }
}
