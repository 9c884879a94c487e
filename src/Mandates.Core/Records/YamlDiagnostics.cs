using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mandates.Core.Records;

/// <summary>
/// Parses a record file's YAML, turning what YamlDotNet refuses (and the tabs in indentation it lets
/// pass) into <see cref="LoadError"/>s placed at file, line and column.
/// </summary>
internal static class YamlDiagnostics
{
    /// <summary>
    /// The file's top-level block of fields; null, with the problem in <paramref name="errors"/>, unless the
    /// file is one well-formed YAML document (with no tab in its indentation) whose top level is a block of fields.
    /// </summary>
    public static YamlMappingNode? Parse(RecordFile file, List<LoadError> errors)
    {
        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(file.Text)));
        try
        {
            stream.Load(parser);
        }
        catch (InvalidOperationException e)
        {
            // Seen where a tab begins the line after a plain text in a flow list ("[a,\n\tb]"): name that tab,
            // if the line has one.
            if (TabInIndentation(file.Text,
                    place => place >= Place(parser.LastPosition) && place < Place(parser.LastPosition.Line + 2, 1))
                is { } tab)
            {
                errors.Add(TabError(file, tab));
                return null;
            }
            // YamlDotNet's scanner sometimes fails without a position; the last event read is the best place
            // to point at.
            errors.Add(new LoadError(file.Path, (int)parser.LastPosition.Line, (int)parser.LastPosition.Column,
                "(yaml)", null, $"well-formed YAML (the text after this point cannot be read: {e.Message})"));
            return null;
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet places a tab in indentation at the block or text it interrupts (often line 1), or fails
            // further on without naming it ("invalid mapping"). The tab lies after what was read without trouble,
            // in the blanks that begin a line: up to where the error ends, or anywhere after if the error is the tab.
            var mentionsTab = message.Contains("tab", StringComparison.OrdinalIgnoreCase);
            if (TabInIndentation(file.Text,
                    place => place >= Place(parser.LastPosition) && (mentionsTab || place <= Place(e.End)))
                is { } tab)
            {
                errors.Add(TabError(file, tab));
                return null;
            }
            // YamlDotNet prefixes its messages with the position; the position has its own columns.
            var colon = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && colon > 0) message = message[(colon + 3)..];
            errors.Add(new LoadError(file.Path, (int)e.Start.Line, (int)e.Start.Column, "(yaml)", null,
                $"well-formed YAML ({message})"));
            return null;
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new LoadError(file.Path, 1, 1, "(file)", null,
                "one YAML document whose top level is a block of fields"));
            return null;
        }
        // YamlDotNet lets some tabs in indentation pass (after a space, before a '-'). Only inside a text that
        // spans lines is a tab after the indentation part of the text.
        var texts = root.AllNodes.OfType<YamlScalarNode>().Where(s => s.End.Line > s.Start.Line)
            .Select(s => (Start: Place(s.Start), End: Place(s.End))).ToList();
        if (TabInIndentation(file.Text, place => !texts.Any(t => t.Start < place && place < t.End)) is { } tabPassed)
        {
            errors.Add(TabError(file, tabPassed));
            return null;
        }
        return root;
    }

    private static LoadError TabError(RecordFile file, long place) =>
        new(file.Path, (int)(place >> 32), (int)(place & uint.MaxValue), "(yaml)", "\t",
            "spaces for indentation (YAML does not allow tabs)");

    /// <summary>
    /// The <see cref="Place(long, long)"/> of the first tab among the blanks a line begins with that
    /// <paramref name="counts"/> accepts, if any.
    /// </summary>
    private static long? TabInIndentation(string text, Func<long, bool> counts)
    {
        // The line breaks YamlDotNet counts lines by.
        var lines = text.Split(["\r\n", "\n", "\r", "\u0085", "\u2028", "\u2029"], StringSplitOptions.None);
        for (var i = 0; i < lines.Length; i++)
            for (var j = 0; j < lines[i].Length && lines[i][j] is ' ' or '\t'; j++)
                if (lines[i][j] == '\t' && counts(Place(i + 1, j + 1))) return Place(i + 1, j + 1);
        return null;
    }

    /// <summary>
    /// A place in a file (line and column, from 1) as one number, to compare places: line first, then column.
    /// </summary>
    private static long Place(long line, long column) => (line << 32) + column;

    private static long Place(Mark mark) => Place(mark.Line, mark.Column);

    /// <summary>
    /// Remembers where the last parsing event ended, to place errors the scanner reports without a position;
    /// and stops at nesting deeper than any record file has, before building it: the nodes are built
    /// recursively, and a file of nothing but '[' would overflow the stack, which ends the process unasked; and
    /// at anchors and aliases that expand beyond what a record holds (<see cref="AliasExpansion"/>).
    /// </summary>
    private sealed class PositionTrackingParser(IParser inner) : IParser
    {
        /// <summary>Far deeper than a record file nests (a mandate's task's source is five levels down).</summary>
        private const int DeepestNesting = 64;

        private int depth;
        private readonly AliasExpansion expansion = new();

        public Mark LastPosition { get; private set; } = Mark.Empty;
        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is { } current) LastPosition = current.End;
            if (!inner.MoveNext()) return false;
            expansion.Count(inner.Current!);
            switch (inner.Current)
            {
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart
                    when ++depth > DeepestNesting:
                    throw new YamlException(inner.Current.Start, inner.Current.End,
                        $"lists or blocks nested more than {DeepestNesting} deep, "
                        + "far deeper than a record file nests");
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    depth--;
                    break;
            }
            return true;
        }
    }
}
