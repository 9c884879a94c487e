using Mandates.Core.Law;
using YamlDotNet.RepresentationModel;

namespace Mandates.Core.Records;

/// <summary>
/// Where a fact of a loaded record stands in its files: the file of each operation, and the line and column of a
/// field in it (<c>mandates[3].motion.document</c>). The loaded record keeps no places; checks across a record
/// that loaded (<see cref="RecordChecks"/>) find them here to name file, line and field as the loader does.
/// </summary>
internal sealed class RecordPlaces
{
    private readonly Dictionary<string, (string File, YamlMappingNode Root)> operations =
        new(StringComparer.OrdinalIgnoreCase);

    public RecordPlaces(IEnumerable<RecordFile> files)
    {
        foreach (var file in files.Where(f => f.Path.StartsWith(RecordLoader.OperationsFolder, StringComparison.Ordinal)))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Text));
            if (stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { } name })
                operations.TryAdd(name, (file.Path, root));
        }
    }

    /// <summary>
    /// A problem at <paramref name="field"/> of the operation's file; where the field is not written (a consent
    /// deemed given has no vote), at the nearest block around it that is.
    /// </summary>
    public LoadError Problem(OperationId operation, string field, string? value, string expected)
    {
        if (!operations.TryGetValue(operation.Value, out var found))
            return new LoadError($"{RecordLoader.OperationsFolder}(operation {operation})", 1, 1, field, value, expected);
        YamlNode node = found.Root;
        foreach (var part in field.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var key = bracket < 0 ? part : part[..bracket];
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var child)) break;
            node = child;
            if (bracket < 0) continue;
            var index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            if (node is not YamlSequenceNode list || index >= list.Children.Count) break;
            node = list.Children[index];
        }
        return new LoadError(found.File, (int)node.Start.Line, (int)node.Start.Column, field, value, expected);
    }
}
