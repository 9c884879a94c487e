using System.Text;

namespace Mandates.Core.Tests.Fuzz;

/// <summary>
/// Hostile copies of a record file's bytes, each made by one seeded mutation: cut short, bytes flipped, keys
/// duplicated, nesting far deeper than a record's, a huge text, anchors and aliases that expand, invalid UTF-8,
/// YAML's own punctuation spliced in. What a careless editor, a broken disk or an attacker could hand the loader.
/// </summary>
public static class HostileYaml
{
    public static readonly string[] Kinds =
    [
        "truncated", "flipped", "duplicate-key", "deep-nesting", "huge-scalar", "alias-bomb", "invalid-utf8",
        "spliced",
    ];

    /// <summary>The mutated bytes of <paramref name="original"/>, and which kind of mutation made them.</summary>
    public static (string Kind, byte[] Bytes) Mutate(byte[] original, Random random)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        return (kind, kind switch
        {
            "truncated" => original[..random.Next(original.Length + 1)],
            "flipped" => Flipped(original, random),
            "duplicate-key" => Lines(original, random, (lines, i) => lines.Insert(i, lines[i])),
            "deep-nesting" => Inserted(original, random, Nested(random)),
            "huge-scalar" => Inserted(original, random, HugeScalar(random)),
            "alias-bomb" => AliasBomb(original, random),
            "invalid-utf8" => Inserted(original, random, InvalidUtf8[random.Next(InvalidUtf8.Length)]),
            _ => Spliced(original, random),
        });
    }

    /// <summary>
    /// The text as the record folder reads a file (File.ReadAllText: UTF-8, a byte order mark heeded).
    /// </summary>
    public static string AsRead(byte[] bytes) =>
        new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd();

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xff], [0xc3, 0x28], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80, 0x80],
        [0xef, 0xbb, 0xbf], [0xfe, 0xff], [0x00],
    ];

    private static readonly string[] Punctuation =
    [
        ": ", "- ", "&a ", "*a", "!!binary ", "!<tag:x> ", "%YAML 1.1\n", "---\n", "...\n", "|", ">-",
        "{", "}", "[", "]",
        ",", "?", "#", "'", "\"", "\t", "\r", "\u2028", "\u0085", "<<: *a\n", "@", "`", "\\", "\ufeff", "~", "null",
    ];

    private static byte[] Flipped(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        for (var n = random.Next(1, 9); n > 0 && bytes.Length > 0; n--)
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        return bytes;
    }

    private static byte[] Inserted(byte[] original, Random random, string text) =>
        Inserted(original, random, Encoding.UTF8.GetBytes(text));

    private static byte[] Inserted(byte[] original, Random random, byte[] inserted)
    {
        var at = random.Next(original.Length + 1);
        return [.. original[..at], .. inserted, .. original[at..]];
    }

    /// <summary>Lines changed by <paramref name="change"/> at a random line.</summary>
    private static byte[] Lines(byte[] original, Random random, Action<List<string>, int> change)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        change(lines, random.Next(lines.Count));
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static string Nested(Random random)
    {
        var depth = random.Next(10, 100_000);
        return random.Next(3) switch
        {
            0 => new string('[', depth) + new string(']', random.Next(depth + 1)),
            1 => string.Concat(Enumerable.Repeat("{a: ", depth)) + new string('}', random.Next(depth + 1)),
            // Block nesting, each level indented one more space.
            _ => "\n" + string.Concat(
                Enumerable.Range(0, Math.Min(depth, 1_000)).Select(i => new string(' ', i) + "k:\n")),
        };
    }

    private static string HugeScalar(Random random)
    {
        var length = random.Next(100_000, 1_000_000);
        return random.Next(3) switch
        {
            0 => " " + new string('x', length),
            1 => " \"" + new string('\u00e9', length / 2) + "\"",
            _ => " |\n" + string.Concat(Enumerable.Repeat("  " + new string('y', 1000) + "\n", length / 1000)),
        };
    }

    /// <summary>
    /// Anchors whose aliases multiply ("billion laughs"): nine levels of ten aliases each stand for 10^9 texts if
    /// expanded. Placed as a field of its own, or as the whole file; some refer to themselves or to no anchor.
    /// </summary>
    private static byte[] AliasBomb(byte[] original, Random random)
    {
        var levels = random.Next(3, 10);
        var width = random.Next(2, 11);
        var bomb = new StringBuilder("lol0: &lol0 [\"lol\"]\n");
        for (var i = 1; i <= levels; i++)
            bomb.Append($"lol{i}: &lol{i} [{string.Join(", ", Enumerable.Repeat($"*lol{i - 1}", width))}]\n");
        var extra = random.Next(4) switch
        {
            0 => "self: &self [*self]\n",
            1 => "missing: *nowhere\n",
            2 => $"merged:\n  <<: *lol{levels}\n",
            _ => "",
        };
        var text = bomb + extra;
        return random.Next(2) == 0
            ? Encoding.UTF8.GetBytes(text)
            : [.. original, .. Encoding.UTF8.GetBytes("\n" + text)];
    }

    private static byte[] Spliced(byte[] original, Random random)
    {
        var bytes = original;
        for (var n = random.Next(1, 6); n > 0; n--)
            bytes = Inserted(bytes, random, Punctuation[random.Next(Punctuation.Length)]);
        return bytes;
    }
}
