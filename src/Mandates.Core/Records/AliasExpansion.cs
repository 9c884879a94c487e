using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mandates.Core.Records;

/// <summary>
/// Counts the values a YAML file stands for once its aliases are expanded, while it is parsed, and stops a file
/// that would stand for far more than a record holds: a few lines of anchors whose aliases multiply ("billion
/// laughs") stand for a billion values, and walking them (as the loader walks every value) never ends. An alias
/// inside the value it names (a cycle) is stopped too: walked, it would never end either.
/// </summary>
internal sealed class AliasExpansion
{
    /// <summary>More than a hundred times the values of the largest record file (KFOR's: about 8,000).</summary>
    public const long MostValues = 1_000_000;

    /// <summary>How many values each anchor's value holds, once it is complete.</summary>
    private readonly Dictionary<AnchorName, long> sizes = [];

    /// <summary>The lists and blocks open now: their anchor, and the count of values before each began.</summary>
    private readonly Stack<(AnchorName Anchor, long Before)> open = new();

    private long total;

    /// <summary>
    /// Counts an event; throws a <see cref="YamlException"/> at one that takes the file past the limit.
    /// </summary>
    public void Count(ParsingEvent current)
    {
        switch (current)
        {
            case AnchorAlias alias:
                if (open.Any(o => o.Anchor == alias.Value))
                    throw new YamlException(alias.Start, alias.End,
                        $"the alias *{alias.Value} inside the value it names (a cycle), which never ends");
                Add(sizes.GetValueOrDefault(alias.Value, 1), alias);
                break;
            case SequenceStart or MappingStart:
                open.Push((((NodeEvent)current).Anchor, total));
                Add(1, current);
                break;
            case SequenceEnd or MappingEnd when open.Count > 0:
                var (anchor, before) = open.Pop();
                if (!anchor.IsEmpty) sizes[anchor] = total - before;
                break;
            case Scalar scalar:
                Add(1, current);
                if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor] = 1;
                break;
        }
    }

    private void Add(long values, ParsingEvent at)
    {
        total += values;
        if (total > MostValues)
            throw new YamlException(at.Start, at.End,
                $"anchors and aliases that stand for more than {MostValues:N0} values, "
                + "far more than a record file holds");
    }
}
