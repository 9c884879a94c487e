using System.CommandLine;
using System.Runtime.CompilerServices;
using Mandates.Core.Problems;

namespace Mandates.Cli;

/// <summary>
/// Options renamed so that a period is --from/--to on every command keep their old names (--on, --until)
/// as hidden options, so scripts written before go on working; help shows only the new name.
/// </summary>
internal static class OldNames
{
    private static readonly ConditionalWeakTable<Option, Option<string?>> Old = [];
    // The other way: an old name's option to the one that took its place.
    private static readonly ConditionalWeakTable<Option, Option> New = [];

    /// <summary>Keeps <paramref name="oldName"/> working for <paramref name="option"/>, hidden from help.</summary>
    public static void Keep(Command command, Option<string?> option, string oldName)
    {
        var old = new Option<string?>(oldName) { Hidden = true, Description = $"The old name of {option.Name}." };
        command.Options.Add(old);
        Old.Add(option, old);
        New.Add(old, option);
    }

    /// <summary>The option that took <paramref name="old"/>'s name away, if it is an old name.</summary>
    public static Option? Renamed(Option old) => New.TryGetValue(old, out var option) ? option : null;

    /// <summary>The option's value, given by its name or by its old one (not both).</summary>
    public static string? Value(ParseResult parsed, Option<string?> option)
    {
        var value = parsed.GetValue(option);
        if (!Old.TryGetValue(option, out var old) || parsed.GetValue(old) is not { } byOldName) return value;
        if (value is not null)
            throw new ProblemException(Problem.Saying(FieldNames.Field(option.Name), value,
                $"is given twice, as {option.Name} and by its old name {old.Name}; expected it once."));
        return byOldName;
    }

    /// <summary>The old name the user typed for <paramref name="option"/>, if they typed it.</summary>
    public static string? Typed(ParseResult parsed, Option option) =>
        Old.TryGetValue(option, out var old) && parsed.GetResult(old) is not null ? old.Name : null;

    private static readonly ConditionalWeakTable<Argument, Option<string?>> OldOfArgument = [];

    /// <summary>
    /// Keeps <paramref name="oldName"/> working as a hidden option for what is now <paramref name="argument"/>
    /// (`audit --operation KFOR` is now `audit KFOR`).
    /// </summary>
    public static void Keep(Command command, Argument<string?> argument, string oldName)
    {
        var old = new Option<string?>(oldName)
        {
            Hidden = true, Description = $"The old name of the argument {argument.Name}.",
        };
        command.Options.Add(old);
        OldOfArgument.Add(argument, old);
    }

    /// <summary>The argument's value, given as the argument or by the option of its old name (not both).</summary>
    public static string? Value(ParseResult parsed, Argument<string?> argument)
    {
        var value = parsed.GetValue(argument);
        if (!OldOfArgument.TryGetValue(argument, out var old) || parsed.GetValue(old) is not { } byOldName)
            return value;
        if (value is not null)
            throw new ProblemException(Problem.Saying(argument.Name, value,
                Problem.Join($"'{Problem.Shown(value)}' is given twice, as the argument {argument.Name} and by its ",
                    $"old name {old.Name}; expected it once.")));
        return byOldName;
    }

    /// <summary>The old option name the user typed for <paramref name="argument"/>, if they typed it.</summary>
    public static string? Typed(ParseResult parsed, Argument argument) =>
        OldOfArgument.TryGetValue(argument, out var old) && parsed.GetResult(old) is not null ? old.Name : null;
}
