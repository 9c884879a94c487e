using System.Globalization;
using Mandates.Core.Law;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Mandates.Core.Records;

/// <summary>
/// Reads one YAML mapping against a schema, field by field, collecting every problem with its
/// place rather than stopping at the first. What a file does not use is reported as unknown.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode map;
    private readonly HashSet<string> read = [];
    public string File { get; }
    public string Path { get; }
    public List<LoadError> Errors { get; }
    public YamlNode Node => map;

    public YamlFields(string file, string path, YamlMappingNode map, List<LoadError> errors)
    {
        File = file; Path = path; this.map = map; Errors = errors;
    }

    private string FieldPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public void Error(YamlNode at, string field, string? value, string expected) =>
        Errors.Add(new LoadError(File, (int)at.Start.Line, (int)at.Start.Column, field, value, expected));

    /// <summary>An error at a field below this block (e.g. <c>until</c>, <c>vote.date</c>): placed at its value, or the nearest block above it that exists.</summary>
    public void ErrorAt(string field, string? value, string expected) => Errors.Add(ErrorFor(field, value, expected));

    /// <summary>The error <see cref="ErrorAt"/> records, for a check across files, made once this block's file is read.</summary>
    public LoadError ErrorFor(string field, string? value, string expected)
    {
        var node = NodeAt(field);
        return new LoadError(File, (int)node.Start.Line, (int)node.Start.Column, FieldPath(field), value, expected);
    }

    private YamlNode? Get(string key, bool required, string expected)
    {
        read.Add(key);
        if (map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            if (node is YamlScalarNode { Value: null or "" or "~" or "null" } && node.Tag.IsEmpty && (node as YamlScalarNode)!.Style == YamlDotNet.Core.ScalarStyle.Plain)
            {
                if (required) Error(node, FieldPath(key), null, $"a value: {expected}");
                return null;
            }
            return node;
        }
        if (required) Error(map, FieldPath(key), null, $"the required field '{key}': {expected}");
        return null;
    }

    private string? Scalar(string key, bool required, string expected)
    {
        var node = Get(key, required, expected);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return scalar.Value;
        Error(node, FieldPath(key), Describe(node), expected);
        return null;
    }

    /// <summary>The most characters a text field holds: far more than any title, source or note needs.</summary>
    public const int LongestText = 10_000;

    public string? Text(string key, bool required = false, string expected = "text")
    {
        var text = Scalar(key, required, expected);
        if (text is null) return null;
        var node = map.Children[new YamlScalarNode(key)];
        // An empty (or invisible) text says nothing; a field with nothing to say is left out.
        if (!text.Any(Visible.IsVisible))
            Error(node, FieldPath(key), text, $"{expected}, not empty (leave out a field that has no value)");
        // Such characters would reach a reader's terminal, or hide what the text says.
        else if (Visible.Hidden(text, layout: true) is { } why)
            Error(node, FieldPath(key), text, $"{expected}, without {why}");
        else if (text.Length > LongestText)
            Error(node, FieldPath(key), Visible.Shown(text, 60), $"{expected}, at most {LongestText:N0} characters");
        else
            return text;
        return null;
    }

    /// <summary>The node at a field path below this block (e.g. <c>vote.date</c>), or the nearest block above it that exists.</summary>
    public YamlNode NodeAt(string field)
    {
        YamlNode node = map;
        foreach (var key in field.Split('.'))
        {
            if (node is not YamlMappingNode m || !m.Children.TryGetValue(new YamlScalarNode(key), out var child)) break;
            node = child;
        }
        return node;
    }

    public T? Parse<T>(string key, bool required, string expected, Func<string, T?> parse, bool typed = false) where T : struct
    {
        var node = Get(key, required, expected);
        return node is null ? null : ParseNode(node, FieldPath(key), expected, parse, typed);
    }

    /// <summary>
    /// Reads a scalar with <paramref name="parse"/>. A <paramref name="typed"/> value (a number, a day,
    /// true or false) must be written plain: in quotes, or tagged, YAML makes it text, and a strict
    /// format does not guess ('400' is not 400).
    /// </summary>
    public T? ParseNode<T>(YamlNode node, string field, string expected, Func<string, T?> parse, bool typed = false) where T : struct
    {
        if (node is YamlScalarNode { Value: { } text } scalar)
        {
            if (typed && IsText(scalar))
            {
                Error(node, field, text, $"{expected}, written without quotes (in quotes it is text)");
                return null;
            }
            var value = parse(text);
            if (value is not null) return value;
            Error(node, field, text, expected);
            return null;
        }
        Error(node, field, Describe(node), expected);
        return null;
    }

    /// <summary>Whether YAML reads the scalar as text whatever it looks like: quoted, or tagged.</summary>
    public static bool IsText(YamlScalarNode node) => node.Style != YamlDotNet.Core.ScalarStyle.Plain || !node.Tag.IsEmpty;

    public const string DateExpected = "a calendar day like 2025-06-26, from 1900-01-01 to 2199-12-31";

    public static LocalDate? ParseDate(string text) => Days.Parse(text);

    public LocalDate? Date(string key, bool required = false) => Parse(key, required, DateExpected, ParseDate, typed: true);

    /// <summary>A date or the word <c>open</c>. Returns (present, date) where a null date means open.</summary>
    public (bool Present, LocalDate? Date) DateOrOpen(string key, bool required)
    {
        const string expected = "a calendar day like 2026-06-30 (the last day, inclusive) or 'open'";
        var node = Get(key, required, expected);
        if (node is null) return (false, null);
        if (node is YamlScalarNode { Value: "open" }) return (true, null);
        var date = ParseNode(node, FieldPath(key), expected, ParseDate, typed: true);
        return (date is not null, date);
    }

    public int? Int(string key, bool required = false, int min = 0, int max = Ceiling.MaxPersons, string? expected = null)
    {
        expected ??= $"a whole number from {min} to {max.ToString("N0", CultureInfo.InvariantCulture)}";
        return Parse(key, required, expected, s => ParseInt(s, min, max), typed: true);
    }

    public static int? ParseInt(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    public decimal? Decimal(string key) =>
        Parse(key, false, "an amount like 16630000 or 16630000.50", s =>
            decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null, typed: true);

    public bool? Bool(string key) =>
        Parse(key, false, "true or false", s => s switch { "true" => true, "false" => false, _ => (bool?)null }, typed: true);

    public T? Word<T>(string key, bool required, IReadOnlyDictionary<string, T> words) where T : struct
    {
        var expected = "one of " + string.Join(", ", words.Keys);
        return Parse(key, required, expected, s => words.TryGetValue(s, out var v) ? v : (T?)null);
    }

    public YamlFields? Child(string key, bool required = false, string expected = "a block of fields")
    {
        var node = Get(key, required, expected);
        if (node is null) return null;
        if (node is YamlMappingNode m) return new YamlFields(File, FieldPath(key), m, Errors);
        Error(node, FieldPath(key), Describe(node), expected);
        return null;
    }

    /// <summary>A required id: a scalar that <paramref name="isValid"/> accepts, made into an id.</summary>
    public T? Id<T>(string key, Func<string, bool> isValid, string expected, Func<string, T> create) where T : struct
    {
        var node = Get(key, true, expected);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } text } && isValid(text)) return create(text);
        Error(node, FieldPath(key), Describe(node), expected);
        return null;
    }

    /// <summary>A field that may be a scalar (the short form) or a block of fields (the long form).</summary>
    public YamlNode? Raw(string key, bool required, string expected) => Get(key, required, expected);

    public YamlFields Wrap(YamlMappingNode node, string field) => new(File, field, node, Errors);

    public IReadOnlyList<YamlFields> Items(string key, bool required = false, string expected = "a list of blocks")
    {
        var node = Get(key, required, expected);
        if (node is null) return [];
        if (node is not YamlSequenceNode seq)
        {
            Error(node, FieldPath(key), Describe(node), expected);
            return [];
        }
        var items = new List<YamlFields>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is YamlMappingNode m) items.Add(new YamlFields(File, $"{FieldPath(key)}[{i}]", m, Errors));
            else Error(seq.Children[i], $"{FieldPath(key)}[{i}]", Describe(seq.Children[i]), expected);
        }
        return items;
    }

    /// <summary>A list of plain words, each with its node for error positions.</summary>
    public IReadOnlyList<(string Text, YamlNode Node, string Field)> Words(string key, string expected)
    {
        var node = Get(key, false, expected);
        if (node is null) return [];
        if (node is not YamlSequenceNode seq)
        {
            Error(node, FieldPath(key), Describe(node), expected);
            return [];
        }
        var words = new List<(string, YamlNode, string)>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is YamlScalarNode { Value: { } text }) words.Add((text, seq.Children[i], $"{FieldPath(key)}[{i}]"));
            else Error(seq.Children[i], $"{FieldPath(key)}[{i}]", Describe(seq.Children[i]), expected);
        }
        return words;
    }

    /// <summary>The block's own <c>source</c>, <c>verified</c> and <c>note</c>; what it leaves out it inherits.</summary>
    public Provenance Provenance() => new(Text("source"), Bool("verified"), Text("note"));

    /// <summary>The block's required source (legal acts, operations, mandates, the calendar).</summary>
    public Source RequiredSource()
    {
        var reference = Text("source", required: true, expected: "the document these facts come from: a link or a citation");
        var verified = Bool("verified");
        var note = Text("note");
        return new Source(reference ?? "(missing)", verified ?? true, note);
    }

    /// <summary>Reports every key the schema did not read.</summary>
    public void Done()
    {
        foreach (var (key, _) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? Describe(key);
            if (!read.Contains(name))
                Error(key, FieldPath(name), name, $"one of the known fields: {string.Join(", ", read)}");
        }
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a block of fields",
        _ => node.ToString(),
    };
}
