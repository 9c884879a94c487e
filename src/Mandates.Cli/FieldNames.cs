using System.CommandLine;
using System.Text;

namespace Mandates.Cli;

/// <summary>
/// The command line's words for the domain's fields: a problem about <c>until</c> is told as one about
/// <c>--until</c> (or the alias the user typed, such as <c>--on</c> for <c>from</c>), one about
/// <c>operation</c> as the command's argument of that name.
/// </summary>
internal sealed class FieldNames(ParseResult? parsed)
{
    /// <summary>Fields whose option is not the field's own name.</summary>
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["idempotencyKey"] = "--key",
    };

    /// <summary>The word for <paramref name="field"/> on this command line.</summary>
    public string Of(string field)
    {
        // An environment variable (MANDATES_USER) is named as it is set, a phrase ("--x (its day)") as it is written.
        if (field.Contains('_') || field.Contains(' ')) return field;
        var command = parsed?.CommandResult.Command;
        // An argument given by its old option name (`audit --operation KFOR`) is named as the user typed it.
        if (command?.Arguments.FirstOrDefault(a => a.Name == field) is { } argument
            && OldNames.Typed(parsed!, argument) is { } typedOld)
            return typedOld;
        if (command?.Arguments.Any(a => a.Name == field) == true) return field;
        var option = Options.GetValueOrDefault(field) ?? "--" + Kebab(field);
        // The alias the user typed, if they typed one (an old name kept for scripts): the message names what they
        // wrote.
        if (command?.Options.FirstOrDefault(o => o.Name == option) is { } known)
        {
            if (OldNames.Typed(parsed!, known) is { } old) return old;
            if (parsed!.GetResult(known) is { IdentifierToken.Value: { } typed }) return typed;
            // A field still named by an old option (a tour's until, now --to): named by the new one unless typed.
            if (OldNames.Renamed(known) is { } renamed) return Of(FieldNames.Field(renamed.Name));
        }
        return option;
    }

    /// <summary>
    /// The domain's field for an option as the command line spells it: <c>--as-recorded-at</c> is <c>asRecordedAt</c>.
    /// </summary>
    public static string Field(string option)
    {
        if (!option.StartsWith("--", StringComparison.Ordinal) || option.Contains(' ')) return option;
        if (Options.FirstOrDefault(o => o.Value == option) is { Key: { } field }) return field;
        var words = option[2..].Split('-');
        return words[0]
            + string.Concat(words.Skip(1).Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static string Kebab(string field)
    {
        var kebab = new StringBuilder(field.Length + 4);
        foreach (var c in field)
        {
            if (char.IsUpper(c)) kebab.Append('-').Append(char.ToLowerInvariant(c));
            else kebab.Append(c);
        }
        return kebab.ToString();
    }
}
