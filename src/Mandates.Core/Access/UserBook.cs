using System.Buffers.Text;
using Mandates.Core.Ledger;
using NodaTime;

namespace Mandates.Core.Access;

/// <summary>
/// Who may write, folded from the ledger's user entries: every user ever added, the active ones by name, each
/// token's key id with its salted hash, and every change in order. Before the first user is added the store is
/// open (<see cref="Closed"/> is false): anyone may write, as before users existed. Names are compared in any
/// letter case: "Clerk" and "clerk" are one user.
/// </summary>
public sealed class UserBook
{
    private readonly List<UserAccount> accounts = [];
    private readonly Dictionary<string, int> active = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (int Account, byte[] Salt, byte[] Hash)> tokens = new(StringComparer.Ordinal);
    private readonly List<UserChange> changes = [];
    // The entries folded, to write into a snapshot and to copy the book: there are few of them.
    private readonly List<LedgerEvent> entries = [];

    /// <summary>
    /// Every user ever added, oldest first (a name added again after its revocation is listed twice).
    /// </summary>
    public IReadOnlyList<UserAccount> Accounts => accounts;

    /// <summary>Every change of who may write, oldest first.</summary>
    public IReadOnlyList<UserChange> Changes => changes;

    /// <summary>Whether any user was ever added: from then on only active users may write.</summary>
    public bool Closed => accounts.Count > 0;

    /// <summary>The active user of that name (any letter case), or null.</summary>
    public UserAccount? Active(string name) => active.TryGetValue(name.Trim(), out var i) ? accounts[i] : null;

    /// <summary>How many active users have the role.</summary>
    public int ActiveWith(Role role) => active.Values.Count(i => accounts[i].Role == role);

    /// <summary>
    /// The newest account of that name (any letter case), active or revoked; null if none was ever added.
    /// </summary>
    public UserAccount? Newest(string name) =>
        accounts.LastOrDefault(a => string.Equals(a.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Why <paramref name="by"/> may not do <paramref name="act"/> (not a user, revoked, or another role's
    /// act), or null if they may: anyone may while the store has no users.
    /// </summary>
    public string? WhyNot(string by, Act act)
    {
        if (!Closed) return null;
        if (Active(by) is { } user)
            return Roles.May(user.Role, act) ? null
                : $"'{user.Name}' is {Article(user.Role)} {Roles.Word(user.Role)} user, "
                    + $"and only {Allowed(act)} may {Words(act)}";
        return Newest(by) is { RevokedAt: { } revoked } was
            ? $"'{was.Name}' was revoked at ledger position {revoked}; "
                + "once a store has users, only its active users may write"
            : $"'{by}' is not a user of this store; once a store has users, only its active users may write";
    }

    /// <summary>
    /// The active user a token names, if its secret matches the hash kept, compared in constant time (a key id
    /// nobody holds is hashed against a stand-in all the same); null otherwise.
    /// </summary>
    public UserAccount? SignIn(string keyId, string secret)
    {
        if (!tokens.TryGetValue(keyId, out var token))
        {
            _ = ApiTokens.Matches(StandIn.Salt, StandIn.Hash, secret);
            return null;
        }
        var account = accounts[token.Account];
        return ApiTokens.Matches(token.Salt, token.Hash, secret) && account.Active ? account : null;
    }

    private static readonly (byte[] Salt, byte[] Hash) StandIn = (new byte[16], new byte[32]);

    /// <summary>
    /// Folds in a user entry; <paramref name="payload"/> is its payload already read, or null to read it.
    /// </summary>
    public void Apply(LedgerEvent e, object? payload)
    {
        switch (e.Type)
        {
            case UserEvents.Added:
            {
                var p = payload as UserEvents.AddedPayload ?? LedgerPayload.Read<UserEvents.AddedPayload>(e);
                if (Active(p.Name) is { } already)
                    throw new InvalidDataException(
                        $"it adds '{p.Name}', an active user since position {already.AddedAt}");
                if (tokens.ContainsKey(p.KeyId))
                    throw new InvalidDataException($"it adds '{p.Name}' with the key id of another user's token");
                var account = new UserAccount(p.Name, RoleOf(p.Role), e.Position, e.RecordedAt, e.RecordedBy);
                tokens[p.KeyId] = (accounts.Count, Base64Url.DecodeFromChars(p.Salt),
                    Base64Url.DecodeFromChars(p.TokenHash));
                active[p.Name] = accounts.Count;
                accounts.Add(account);
                changes.Add(new UserChange(e.Position, e.RecordedAt, e.RecordedBy, e.Type, p.Name, account.Role, null));
                break;
            }
            case UserEvents.RoleChanged:
            {
                var p = payload as UserEvents.RoleChangedPayload
                    ?? LedgerPayload.Read<UserEvents.RoleChangedPayload>(e);
                var i = ActiveIndex(p.Name, "changes the role of");
                var (role, was) = (RoleOf(p.Role), RoleOf(p.Was));
                if (accounts[i].Role != was)
                    throw new InvalidDataException(
                        $"it changes '{p.Name}' from {p.Was}, but they were {Roles.Word(accounts[i].Role)}");
                accounts[i] = accounts[i] with { Role = role };
                changes.Add(
                    new UserChange(e.Position, e.RecordedAt, e.RecordedBy, e.Type, accounts[i].Name, role, was));
                break;
            }
            case UserEvents.Revoked:
            {
                var p = payload as UserEvents.RevokedPayload ?? LedgerPayload.Read<UserEvents.RevokedPayload>(e);
                var i = ActiveIndex(p.Name, "revokes");
                accounts[i] = accounts[i] with
                {
                    RevokedAt = e.Position, RevokedWhen = e.RecordedAt, RevokedBy = e.RecordedBy,
                };
                active.Remove(p.Name);
                changes.Add(new UserChange(e.Position, e.RecordedAt, e.RecordedBy, e.Type, accounts[i].Name,
                    accounts[i].Role, null));
                break;
            }
            default:
                throw new ArgumentException($"'{e.Type}' is not a user entry.", nameof(e));
        }
        entries.Add(e);
    }

    /// <summary>A copy that later entries folded into this book do not change.</summary>
    public UserBook Copy()
    {
        var copy = new UserBook();
        foreach (var e in entries) copy.Apply(e, null);
        return copy;
    }

    /// <summary>Writes the user entries folded (for a snapshot): position, type, instant, recorder, payload.</summary>
    internal void Write(BinaryWriter w)
    {
        w.Write(entries.Count);
        foreach (var e in entries)
        {
            w.Write(e.Position);
            w.Write(e.Type);
            w.Write(e.RecordedAt.ToUnixTimeTicks());
            w.Write(e.RecordedBy);
            w.Write(e.Payload);
        }
    }

    /// <summary>Folds in the entries <see cref="Write"/> wrote.</summary>
    internal void Read(BinaryReader r, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var (position, type, at, by, payload) =
                (r.ReadInt64(), r.ReadString(), Instant.FromUnixTimeTicks(r.ReadInt64()), r.ReadString(),
                    r.ReadString());
            Apply(new LedgerEvent(position, type, null, default, at, by, null, payload, "", ""), null);
        }
    }

    private int ActiveIndex(string name, string does) =>
        active.TryGetValue(name, out var i) ? i
            : throw new InvalidDataException($"it {does} '{name}', who is no active user");

    private static Role RoleOf(string word) =>
        Roles.Parse(word) ?? throw new InvalidDataException($"'{word}' is no role ({string.Join(", ", Roles.Words)})");

    private static string Article(Role role) => role is Role.Operations or Role.Admin ? "an" : "a";

    /// <summary>Who may do an act, in words: "an operations user".</summary>
    public static string Allowed(Act act) => string.Join(" or ",
        Enum.GetValues<Role>().Where(r => Roles.May(r, act)).Select(r => $"{Article(r)} {Roles.Word(r)} user"));

    /// <summary>An act in words, after "may": "record tours".</summary>
    public static string Words(Act act) => act switch
    {
        Act.Read => "read",
        Act.RecordTours => "record tours",
        Act.RecordDecisions => "record decisions",
        Act.ChangeLegalActs => "record a change of a legal act",
        Act.Import => "import a record",
        Act.ManageUsers => "add, change or revoke users",
        _ => act.ToString(),
    };
}
