using Mandates.Core.Access;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;
using Mandates.Core.UseCases.Users;
using Xunit;
using static Mandates.Core.Tests.Ledger.SmallLaw;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// Users as entries of the ledger: added, changed, revoked, signed in by token, and the store's law of who may
/// write; each session one command or request, several clerks over one store.
/// </summary>
public abstract class UsersContract
{
    /// <summary>A new store, empty or not created yet: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    private IStoreOpener? store;

    private IStoreOpener Store => store ??= NewStore();

    /// <summary>Sessions of one user over this test's store, filled on first use with the small law.</summary>
    private Sessions As(string user) => new(Store, SmallLaw.Files()) { User = user };

    private T Run<T>(string user, Func<Session, T> run)
    {
        using var session = As(user).Open();
        var result = run(session);
        session.Finish();
        return result;
    }

    private string Add(string by, string name, string role) =>
        Run(by, s => AddUser.Run(s, new AddUserRequest(name, role))).Token;

    private SignedInUser? SignedIn(string token, string? name = null) =>
        Run("anyone", s => SignIn.Run(s, new SignInRequest(token, name))).User;

    private WriteResult Deploy(string by, string person) =>
        Run(by, s => DeployTour.Run(s, new DeployTourRequest("TST", new PersonId(person), "guard", July(1), July(31))));

    [Fact]
    public void The_first_user_opens_a_new_store_and_signs_in_with_the_token_shown_once()
    {
        var result = Run("founder", s => AddUser.Run(s, new AddUserRequest("alice", "admin")));
        Assert.Equal(Role.Admin, result.Role);
        Assert.StartsWith("mdt_", result.Token);
        Assert.Equal(UserEvents.Added, result.Entry.Type);
        Assert.Equal("founder", result.Entry.RecordedBy);
        // The ledger keeps a salted hash, never the token, nor its secret.
        Assert.DoesNotContain(result.Token, result.Entry.Payload);
        Assert.DoesNotContain(result.Token[17..], result.Entry.Payload);
        Assert.Equal(new SignedInUser("alice", Role.Admin), SignedIn(result.Token));
        Assert.Equal(new SignedInUser("alice", Role.Admin), SignedIn(result.Token, "Alice"));
        Assert.Null(SignedIn(result.Token, "bob"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("Bearer something")]
    public void A_token_that_is_none_signs_nobody_in(string token)
    {
        Add("founder", "alice", "admin");
        Assert.Null(SignedIn(token));
    }

    [Fact]
    public void A_token_with_a_wrong_secret_or_an_unknown_key_signs_nobody_in()
    {
        var token = Add("founder", "alice", "admin");
        var last = token[^2] == 'A' ? 'B' : 'A';
        Assert.Null(SignedIn(token[..^2] + last + token[^1]));
        Assert.Null(SignedIn("mdt_AAAAAAAAAAAA" + token[16..]));
    }

    [Fact]
    public void An_empty_store_signs_nobody_in_and_nothing_is_written()
    {
        var host = As("anyone");
        using (var session = host.Open())
            Assert.Null(SignIn.Run(session, new SignInRequest(ApiTokens.New().Token)).User);
        using (var session = host.Open())
            Assert.Empty(ListUsers.Run(session, new ListUsersRequest()).Users);
        Assert.True(Empty());
    }

    /// <summary>Whether the store holds no entry (or was not created at all).</summary>
    private bool Empty()
    {
        try
        {
            using var opened = Store.Open(mustExist: true);
            return opened.Head == 0;
        }
        catch (Exception e) when (Store.IsAbsent(e))
        {
            return true;
        }
    }

    [Fact]
    public void A_revoked_user_signs_in_no_more_and_may_not_write_and_the_list_says_who_revoked_them()
    {
        Add("founder", "alice", "admin");
        var token = Add("alice", "olaf", "operations");
        Assert.True(Deploy("olaf", "P-1").Written);
        var revoked = Run("alice", s => RevokeUser.Run(s, new RevokeUserRequest("OLAF")));
        Assert.Equal(("olaf", Role.Operations), (revoked.Name, revoked.Role));
        Assert.Null(SignedIn(token));
        var refused = Assert.Throws<NotPermittedException>(() => Deploy("olaf", "P-2"));
        Assert.Contains("'olaf' was revoked at ledger position", refused.Message);
        var olaf = Run("anyone", s => ListUsers.Run(s, new ListUsersRequest())).Users.Single(u => u.Name == "olaf");
        Assert.Equal(("alice", revoked.Entry.Position, "alice"), (olaf.AddedBy, olaf.RevokedAt, olaf.RevokedBy));
        Assert.False(olaf.Active);
    }

    [Fact]
    public void Once_a_store_has_users_only_a_role_that_may_do_the_act_writes_and_nothing_else_is_written()
    {
        Deploy("clerk", "P-1");
        Add("founder", "alice", "admin");
        Add("alice", "vera", "viewer");
        Add("alice", "paul", "parliament");
        var head = As("x").Head;
        foreach (var (who, says) in new[]
        {
            ("stranger", "'stranger' is not a user of this store"),
            ("vera", "'vera' is a viewer user, and only an operations user may record tours"),
            ("paul", "'paul' is a parliament user, and only an operations user may record tours"),
            ("alice", "'alice' is an admin user, and only an operations user may record tours"),
        })
            Assert.Contains(says, Assert.Throws<NotPermittedException>(() => Deploy(who, "P-2")).Message);
        Assert.Equal(head, As("x").Head);
        Assert.Throws<NotPermittedException>(() => Add("paul", "mallory", "admin"));
        Assert.Equal(head, As("x").Head);
    }

    [Fact]
    public void A_revocation_committed_while_a_writer_had_its_ledger_open_is_honoured_inside_the_write()
    {
        Add("founder", "alice", "admin");
        Add("alice", "olaf", "operations");
        using var olaf = As("olaf").Open();
        var ledger = olaf.Ledger();
        Run("alice", s => RevokeUser.Run(s, new RevokeUserRequest("olaf")));
        var head = As("x").Head;
        Assert.Throws<NotPermittedException>(() => ledger.Deploy(Tour("P-1", July(1), July(31))));
        Assert.Equal(head, As("x").Head);
    }

    [Fact]
    public void A_role_changed_takes_effect_at_once_and_the_token_stays()
    {
        Add("founder", "alice", "admin");
        var token = Add("alice", "olaf", "operations");
        var changed = Run("alice", s => ChangeUserRole.Run(s, new ChangeUserRoleRequest("olaf", "Viewer")));
        Assert.Equal((Role.Viewer, Role.Operations), (changed.Role, changed.Was));
        Assert.Equal(new SignedInUser("olaf", Role.Viewer), SignedIn(token));
        Assert.Throws<NotPermittedException>(() => Deploy("olaf", "P-1"));
    }

    [Fact]
    public void The_last_active_admin_is_neither_revoked_nor_made_another_role()
    {
        Add("founder", "alice", "admin");
        Add("alice", "olaf", "operations");
        var revoking = Assert.Throws<ProblemException>(() => Run("alice", s => RevokeUser.Run(s, new RevokeUserRequest("alice"))));
        Assert.Equal("name", revoking.Problem.Field);
        Assert.Contains("last active admin", revoking.Message);
        var changing = Assert.Throws<ProblemException>(() =>
            Run("alice", s => ChangeUserRole.Run(s, new ChangeUserRoleRequest("alice", "viewer"))));
        Assert.Equal("name", changing.Problem.Field);
        Add("alice", "bert", "admin");
        Run("bert", s => RevokeUser.Run(s, new RevokeUserRequest("alice")));
        Assert.Null(Run("x", s => ListUsers.Run(s, new ListUsersRequest())).Users.Single(u => u.Name == "bert").RevokedAt);
    }

    [Theory]
    [InlineData("", "operations", "name")]
    [InlineData(" bob", "operations", "name")]
    [InlineData("bob\nsmith", "operations", "name")]
    [InlineData("bob", "general", "role")]
    [InlineData("bob", "", "role")]
    public void Bad_input_names_its_field_and_creates_no_store(string name, string role, string field)
    {
        var host = As("founder");
        using (var session = host.Open())
        {
            var problem = Assert.Throws<ProblemException>(() => AddUser.Run(session, new AddUserRequest(name, role))).Problem;
            Assert.Equal(field, problem.Field);
        }
        Assert.Equal(0, host.Opened);
    }

    [Fact]
    public void Revoking_or_changing_a_non_user_or_adding_an_active_one_again_is_a_problem_about_the_name()
    {
        Add("founder", "alice", "admin");
        var head = As("x").Head;
        Assert.Equal("name", Assert.Throws<ProblemException>(() =>
            Run("alice", s => RevokeUser.Run(s, new RevokeUserRequest("nobody")))).Problem.Field);
        Assert.Equal("name", Assert.Throws<ProblemException>(() =>
            Run("alice", s => ChangeUserRole.Run(s, new ChangeUserRoleRequest("nobody", "viewer")))).Problem.Field);
        var again = Assert.Throws<ProblemException>(() => Add("alice", "ALICE", "viewer"));
        Assert.Equal("name", again.Problem.Field);
        Assert.Contains("is an active user already", again.Message);
        Assert.Equal(head, As("x").Head);
    }

    [Fact]
    public void Revoking_a_user_of_an_empty_store_is_a_problem_and_writes_nothing()
    {
        var host = As("founder");
        using (var session = host.Open())
            Assert.Equal("name", Assert.Throws<ProblemException>(() =>
                RevokeUser.Run(session, new RevokeUserRequest("nobody"))).Problem.Field);
        Assert.True(Empty());
    }

    [Fact]
    public void A_sign_in_sees_a_revocation_another_session_made_after_the_cache_was_filled()
    {
        Add("founder", "alice", "admin");
        var token = Add("alice", "olaf", "operations");
        Assert.NotNull(SignedIn(token));
        Run("alice", s => RevokeUser.Run(s, new RevokeUserRequest("olaf")));
        Assert.Null(SignedIn(token));
        var again = Add("alice", "olaf", "parliament");
        Assert.Null(SignedIn(token));
        Assert.Equal(new SignedInUser("olaf", Role.Parliament), SignedIn(again));
    }

    [Fact]
    public void User_entries_are_chained_verified_and_kept_in_a_snapshot_and_the_fold_names_unpermitted_writes()
    {
        Add("founder", "alice", "admin");
        Add("alice", "olaf", "operations");
        Run("alice", s => ChangeUserRole.Run(s, new ChangeUserRoleRequest("olaf", "parliament")));
        // A write no use case would let through, as a second program could append it: the fold names it.
        using (var session = As("mallory").Open())
            session.Store.Store(session.Caller).Append(session.Store.State(session.Caller), () =>
                [new NewEvent(TourEvents.Started, "TST", July(1), Sessions.Now, "mallory", null,
                    LedgerPayload.Write(new TourEvents.StartedPayload("P-9", "guard", null, "2025-07-01", null, null)))]);
        using var check = As("x").Open();
        var verified = VerifyLedger.Run(check, new VerifyLedgerRequest([]));
        Assert.True(verified.Intact, verified.Chain.Why);
        var state = check.Store.State(check.Caller);
        Assert.Equal([UserEvents.Added, UserEvents.Added, UserEvents.RoleChanged], state.Users.Changes.Select(c => c.Kind));
        var unpermitted = Assert.Single(state.Unpermitted);
        Assert.Equal(("mallory", Act.RecordTours), (unpermitted.RecordedBy, unpermitted.Act));
        var copy = LedgerSnapshot.Copy(state);
        Assert.Equal(state.Users.Accounts, copy.Users.Accounts);
        Assert.Equal(state.Unpermitted, copy.Unpermitted);
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryUsersTests : UsersContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener();
}
