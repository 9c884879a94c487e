using Mandates.Core.Access;
using Mandates.Core.Ledger;

namespace Mandates.Core.UseCases.Users;

/// <summary>
/// The store's law of who may write, asked by every writing use case before it writes, so that every host
/// (the command line, the web) is held to the same: once the store has users, only an active user whose role
/// may do the act writes; before the first user is added the store is open, as it was before users existed.
/// </summary>
/// <remarks>
/// The command line's caller is whatever name --user gives, which proves nothing (whoever can open the store's
/// file or server can write under any name); the web's caller is the user its token signed in. The check reads the
/// ledger as it stands when the use case begins, before any work; the writers ask again inside the store's exclusive
/// write (<see cref="TourLedger"/>, <see cref="RecordEvents.Import"/>), so a revocation committed before the write is
/// honoured. The fold notes any entry that broke the law all the same (<see cref="LedgerState.Unpermitted"/>):
/// written by another program, or by hand.
/// </remarks>
public static class Permission
{
    /// <summary>
    /// Throws <see cref="NotPermittedException"/> unless the caller may do one of <paramref name="acts"/>. A store not
    /// created yet has no users (and is not created here).
    /// </summary>
    public static void Demand(Session session, params Act[] acts)
    {
        if (!session.Store.Exists()) return;
        Demand(session.Store.State(session.Caller).Users, session.Caller.User, acts);
    }

    /// <summary>As <see cref="Demand(Session, Act[])"/>, on the users as folded.</summary>
    public static void Demand(UserBook users, string by, params Act[] acts)
    {
        string? why = null;
        foreach (var act in acts)
            if ((why = users.WhyNot(by, act)) is null) return;
        throw new NotPermittedException(by, acts[0], why! + "; nothing was written.");
    }
}
