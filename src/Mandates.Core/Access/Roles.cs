namespace Mandates.Core.Access;

/// <summary>Who may do what: deny by default, each role only the acts of its office.</summary>
public static class Roles
{
    /// <summary>The words hosts and the ledger use for the roles, in the order of <see cref="Role"/>.</summary>
    public static readonly IReadOnlyList<string> Words = ["viewer", "operations", "parliament", "admin"];

    /// <summary>Whether a user in <paramref name="role"/> may do <paramref name="act"/>.</summary>
    public static bool May(Role role, Act act) => act switch
    {
        Act.Read => true,
        Act.RecordTours => role == Role.Operations,
        Act.RecordDecisions => role == Role.Parliament,
        Act.ChangeLegalActs or Act.Import or Act.ManageUsers => role == Role.Admin,
        _ => false,
    };

    /// <summary>The role's word (<c>viewer</c>, <c>operations</c>, …).</summary>
    public static string Word(Role role) => Words[(int)role];

    /// <summary>The role a word names, in any letter case; null for a word that names none.</summary>
    public static Role? Parse(string word)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (string.Equals(Words[i], word.Trim(), StringComparison.OrdinalIgnoreCase)) return (Role)i;
        }
        return null;
    }
}
