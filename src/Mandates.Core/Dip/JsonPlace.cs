using System.Text.Json;
using Mandates.Core.Law;
using Mandates.Core.Problems;
using NodaTime;
using static Mandates.Core.Problems.Problem;

namespace Mandates.Core.Dip;

/// <summary>
/// A value in a DIP file, with where it is: the file and its JSON path (<c>$.documents[2].datum</c>). Reading a
/// field that is missing or of the wrong kind refuses the import with a problem naming the file, the path, the
/// value and what DIP's specification promises there.
/// </summary>
internal readonly record struct JsonPlace(string File, string Path, JsonElement Element)
{
    /// <summary>The place as a problem names it: "dip/kfor.json: $.documents[0].datum".</summary>
    public string Where => $"{File}: {Path}";

    /// <summary>The member <paramref name="key"/>, or null where it is missing or JSON null.</summary>
    public JsonPlace? Optional(string key) =>
        Element.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonPlace(File, $"{Path}.{key}", value) : null;

    /// <summary>The member <paramref name="key"/>, which DIP's specification requires.</summary>
    public JsonPlace Required(string key, FormattableString expected) =>
        Optional(key) ?? throw new ProblemException(Saying($"{File}: {Path}.{key}", null,
            $"missing; expected {expected}."));

    /// <summary>The value as a text that is not blank.</summary>
    public string Text(FormattableString expected) =>
        Element.ValueKind == JsonValueKind.String && Element.GetString() is { } text && text.Trim().Length > 0
            ? text.Trim() : throw Wrong(expected);

    /// <summary>The member <paramref name="key"/>'s text, which must be there.</summary>
    public string Text(string key, FormattableString expected) => Required(key, expected).Text(expected);

    /// <summary>The member <paramref name="key"/>'s text, or null where it is missing.</summary>
    public string? OptionalText(string key, FormattableString expected) => Optional(key)?.Text(expected);

    /// <summary>A calendar day, as DIP writes its dates (<c>format: date</c>, YYYY-MM-DD).</summary>
    public LocalDate Day() =>
        Element.ValueKind == JsonValueKind.String && Days.Parse(Element.GetString()!) is { } day ? day
            : throw Wrong(Join($"a calendar day YYYY-MM-DD from {Days.Format(Days.Earliest)} ",
                $"to {Days.Format(Days.Latest)}, e.g. 2025-06-26"));

    /// <summary>The member <paramref name="key"/> as a day, or null where it is missing.</summary>
    public LocalDate? OptionalDay(string key) => Optional(key)?.Day();

    /// <summary>A whole number.</summary>
    public int Whole(FormattableString expected) =>
        Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var number) ? number
            : throw Wrong(expected);

    /// <summary>The items of an array.</summary>
    public IEnumerable<JsonPlace> Items(FormattableString expected)
    {
        if (Element.ValueKind != JsonValueKind.Array) throw Wrong(expected);
        var (file, path) = (File, Path);
        return Element.EnumerateArray().Select((item, i) => new JsonPlace(file, $"{path}[{i}]", item));
    }

    /// <summary>The value is an object (a DIP document, a Fundstelle, a Beschlussfassung).</summary>
    public JsonPlace Object(FormattableString expected) =>
        Element.ValueKind == JsonValueKind.Object ? this : throw Wrong(expected);

    /// <summary>A problem with a text here: it <paramref name="says"/>, and <paramref name="expected"/>.</summary>
    public ProblemException Not(FormattableString says, FormattableString expected) =>
        new(Saying(Where, Shown(), Join($"'{Problem.Shown(Shown())}' ", says, $"; expected ", expected, $".")));

    /// <summary>The value as a message shows it: a text without its quotes, anything else as JSON.</summary>
    public string Shown() => Element.ValueKind == JsonValueKind.String ? Element.GetString()! : Element.GetRawText();

    /// <summary>A problem with the value here: it is not what DIP's specification promises.</summary>
    public ProblemException Wrong(FormattableString expected) => new(Saying(Where, Shown(), Join(
        $"'{Problem.Shown(Shown())}' is {Kind(Element.ValueKind)}; expected {expected}.")));

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "not what this field holds",
        JsonValueKind.Number => "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };
}
