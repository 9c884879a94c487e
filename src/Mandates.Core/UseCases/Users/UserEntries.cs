using Mandates.Core.Access;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;

namespace Mandates.Core.UseCases.Users;

/// <summary>How the users' use cases check names and roles and write their one entry.</summary>
internal static class UserEntries
{
    /// <summary>A user's name as given: the rules of any name a write is recorded under, and no space around it.</summary>
    public static string Name(string field, string text)
    {
        Input.Text(field, text, "a user's name, which their writes are recorded under, e.g. clerk", longest: 100);
        if (text.Trim() != text)
            throw new ProblemException(Problem.Expecting(field, text, $"begins or ends with a space",
                $"a name without spaces around it", "clerk"));
        return text;
    }

    /// <summary>A role by its word, in any letter case.</summary>
    public static Role Role(string field, string text) =>
        Roles.Parse(text) ?? throw new ProblemException(Problem.Expecting(field, text, $"is not a role",
            $"{string.Join(", ", Roles.Words.SkipLast(1))} or {Roles.Words[^1]}", "operations"));

    /// <summary>The active user of that name in the store, checked before anything is created or written.</summary>
    public static UserAccount Active(Session session, string field, string name)
    {
        var users = session.Store.Exists() ? session.Store.State(session.Caller).Users : new UserBook();
        return users.Active(name) ?? throw new ProblemException(NoActiveUser(users, field, name));
    }

    /// <summary>Why a name is no active user: revoked, never added, and which names are.</summary>
    public static Problem NoActiveUser(UserBook users, string field, string name)
    {
        var actives = users.Accounts.Where(a => a.Active).Select(a => a.Name).ToList();
        var expected = actives.Count == 0 ? "the name of an active user; the store has none"
            : $"the name of an active user: {string.Join(", ", actives)}";
        return users.Newest(name) is { RevokedAt: { } revoked }
            ? Problem.Saying(field, name, $"'{Problem.Shown(name)}' was revoked at ledger position {revoked}; expected {expected}.",
                $"{expected}")
            : Problem.Saying(field, name, $"'{Problem.Shown(name)}' is not a user of this store; expected {expected}.",
                $"{expected}");
    }

    /// <summary>
    /// Appends the one entry <paramref name="decide"/> makes, decided inside the store's exclusive write on the ledger
    /// caught up with every other writer's, after checking that the caller may manage users (anyone may add the
    /// first). Nothing is written if <paramref name="decide"/> throws.
    /// </summary>
    public static LedgerEvent Append(Session session, Func<UserBook, object> decide, string type)
    {
        var by = session.Caller.User;
        // A new store is filled with the bundled record first, as by any first write: else the first read after
        // users exist would fill it, a write by whoever reads.
        _ = session.Law.Record();
        var state = session.Store.State(session.Caller);
        var appended = session.Store.Store(session.Caller).Append(state, () =>
        {
            Permission.Demand(state.Users, by, Act.ManageUsers);
            var payload = decide(state.Users);
            return [new NewEvent(type, null, session.Caller.Today, state.RecordingInstant(session.Caller.Now), by, null,
                LedgerPayload.Write(payload))];
        });
        return appended[0];
    }

    /// <summary>Refuses a change that would leave a store with users without an active admin, whom no one could replace.</summary>
    public static void KeepAnAdmin(UserBook users, UserAccount user, string field, FormattableString change)
    {
        if (user.Role == Access.Role.Admin && users.ActiveWith(Access.Role.Admin) == 1)
            throw new ProblemException(Problem.Saying(field, user.Name, Problem.Join(
                $"'{Problem.Shown(user.Name)}' is the store's last active admin, and {change} would leave nobody ",
                $"who may add, change or revoke users; expected another admin added first.")));
    }
}
