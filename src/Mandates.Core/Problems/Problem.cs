using System.Globalization;

namespace Mandates.Core.Problems;

/// <summary>
/// A user's bad input, as a value: the field it is about in the domain's words (<c>person</c>, <c>until</c>),
/// the value given, why it cannot be taken, what was expected and an example. Nothing was written.
/// </summary>
/// <remarks>
/// Each host names fields in its own words (<c>--until</c> on a command line, <c>until</c> in a JSON body),
/// so the sentence never spells a field itself: it refers to one through <see cref="Named"/>, and
/// <see cref="Text"/> writes the host's word in its place.
/// </remarks>
public sealed class Problem
{
    private Problem(string? field, string? value, FormattableString detail, FormattableString? expected,
        string? example)
    {
        if (field is not null) ArgumentException.ThrowIfNullOrWhiteSpace(field);
        (Field, Value, Detail, Expected, Example) = (field, value, detail, expected, example);
    }

    /// <summary>
    /// The field, in the domain's words (camelCase, as a JSON body spells it): <c>until</c>, <c>asRecordedAt</c>;
    /// null where no one field is at fault (a record folder whose files have problems, each named in the sentence).
    /// </summary>
    public string? Field { get; }

    /// <summary>The value as given, or null where none was (a missing field).</summary>
    public string? Value { get; }

    /// <summary>The sentence after the field's name: what is wrong and, where it says so, what was expected.</summary>
    public FormattableString Detail { get; }

    /// <summary>
    /// What was expected, in words, if the problem says it (it is also part of <see cref="Detail"/>).
    /// </summary>
    public FormattableString? Expected { get; }

    /// <summary>A value that would have been taken, if the problem gives one.</summary>
    public string? Example { get; }

    /// <summary>
    /// The usual problem: "'VALUE' IS WRONG; expected WHAT, e.g. EXAMPLE." The value is shown with control
    /// characters escaped and cut short, as every message shows what a user typed.
    /// </summary>
    public static Problem Expecting(string field, string value, FormattableString says, FormattableString expected,
        string? example = null) =>
        new(field, value, example is null
            ? (FormattableString)$"'{Shown(value)}' {says}; expected {expected}."
            : $"'{Shown(value)}' {says}; expected {expected}, e.g. {example}.", expected, example);

    /// <summary>
    /// A problem whose sentence is written whole (a value compared with another field's, a missing field).
    /// </summary>
    public static Problem Saying(string field, string? value, FormattableString detail,
        FormattableString? expected = null, string? example = null) => new(field, value, detail, expected, example);

    /// <summary>A problem no one field is at fault for: its sentence names what is (files and lines, say).</summary>
    public static Problem General(FormattableString detail) => new(null, null, detail, null, null);

    /// <summary>Another field, as a problem's sentence refers to it: each host writes its own word for it.</summary>
    public static FieldName Named(string field) => new(field);

    /// <summary>
    /// The problem as one sentence, each field named by <paramref name="name"/> (the host's word for it).
    /// </summary>
    public string Text(Func<string, string> name) =>
        Field is null ? Render(Detail, name) : $"{name(Field)}: {Render(Detail, name)}";

    /// <summary>
    /// What was expected, each field named by <paramref name="name"/>; null if the problem does not say.
    /// </summary>
    public string? ExpectedText(Func<string, string> name) => Expected is null ? null : Render(Expected, name);

    /// <summary>The sentence with the domain's own field names: for logs and tests.</summary>
    public override string ToString() => Text(field => field);

    /// <summary>A value as a message shows it: control characters escaped, and cut short if long.</summary>
    public static string Shown(string text) => Records.Visible.Shown(text, 60);

    /// <summary>Sentences written one after another, each still naming fields through <see cref="Named"/>.</summary>
    public static FormattableString Join(params FormattableString[] parts) =>
        System.Runtime.CompilerServices.FormattableStringFactory.Create(
            string.Concat(Enumerable.Range(0, parts.Length).Select(i => $"{{{i}}}")), [.. parts]);

    /// <summary>
    /// A sentence that refers to fields through <see cref="Named"/>, each named by <paramref name="name"/>.
    /// </summary>
    public static string Render(FormattableString text, Func<string, string> name) =>
        string.Format(CultureInfo.InvariantCulture, text.Format, [.. text.GetArguments().Select(argument =>
            argument switch
            {
                FieldName field => name(field.Field),
                FormattableString inner => Render(inner, name),
                _ => argument,
            })]);
}

/// <summary>A field a problem's sentence refers to, written by each host in its own words.</summary>
public readonly record struct FieldName(string Field)
{
    /// <summary>The domain's word, where no host renders it.</summary>
    public override string ToString() => Field;
}
