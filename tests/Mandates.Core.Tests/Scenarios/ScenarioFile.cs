using Mandates.Core.Law;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Mandates.Core.Tests.Scenarios;

/// <summary>
/// One legal scenario from a file in this folder: a situation (a small record written in the record
/// format, or the bundled record), a request on a date, and the decision the law expects.
/// See README.md beside this file for the format.
/// </summary>
public sealed record Scenario(
    string File,
    string Family,
    string Name,
    LegalRecord Record,
    DeploymentRequest Request,
    int Strength,
    bool? Authorised,
    IReadOnlyList<string> NotMet,
    IReadOnlyList<string> Met,
    IReadOnlyList<string> NotApplicable,
    IReadOnlyList<string> ReasonContains,
    IReadOnlyList<string> Cited,
    bool Conflict)
{
    public override string ToString() => $"{Path.GetFileNameWithoutExtension(File)}: {Name}";
}

public static class ScenarioFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public static IReadOnlyList<Scenario> All() =>
        Directory.EnumerateFiles(Folder, "*.yaml").Order(StringComparer.Ordinal).SelectMany(Read).ToList();

    public static IEnumerable<Scenario> Read(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(System.IO.File.ReadAllText(path)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var family = Scalar(root, "family") ?? throw new InvalidDataException($"{path}: no 'family'");
        var record = ReadRecord(path, root["record"]);
        foreach (var node in ((YamlSequenceNode)root["cases"]).Children.Cast<YamlMappingNode>())
        {
            var name = Scalar(node, "name") ?? throw new InvalidDataException($"{path}: a case without 'name' at line {node.Start.Line}");
            var check = (YamlMappingNode)node["check"];
            var expect = (YamlMappingNode)node["expect"];
            var on = Date(Scalar(check, "on")!);
            var until = Scalar(check, "until") is { } u ? Date(u) : on;
            var request = new DeploymentRequest(new OperationId(Scalar(check, "operation")!), new DateInterval(on, until), int.Parse(Scalar(check, "add") ?? "0"))
            {
                Task = Scalar(check, "task"),
                Area = Scalar(check, "area"),
                Exception = Scalar(check, "exception") is { } e ? Enum.Parse<CeilingExceptionKind>(e, ignoreCase: true) : null,
            };
            yield return new Scenario(path, family, name, record, request, int.Parse(Scalar(check, "strength") ?? "0"),
                Scalar(expect, "authorised") is { } a ? bool.Parse(a) : null,
                Words(expect, "not-met"), Words(expect, "met"), Words(expect, "not-applicable"),
                Words(expect, "reason-contains"), Words(expect, "cited"),
                Scalar(expect, "conflict") == "true");
        }
    }

    private static LegalRecord ReadRecord(string path, YamlNode node)
    {
        if (node is YamlScalarNode { Value: "bundled" }) return BundledRecord.Load();
        var map = (YamlMappingNode)node;
        var files = new List<RecordFile>();
        if (map.Children.TryGetValue(new YamlScalarNode("legal-acts"), out var acts))
            foreach (var act in ((YamlSequenceNode)acts).Children)
                files.Add(new RecordFile($"legal-acts/{Scalar((YamlMappingNode)act, "id")}.yaml", Text(act)));
        if (map.Children.TryGetValue(new YamlScalarNode("operations"), out var operations))
            foreach (var operation in ((YamlSequenceNode)operations).Children)
                files.Add(new RecordFile($"operations/{Scalar((YamlMappingNode)operation, "id")}.yaml", Text(operation)));
        if (map.Children.TryGetValue(new YamlScalarNode("calendar"), out var calendar))
            files.Add(new RecordFile("sitting-calendar.yaml", Text(calendar)));
        else if (map.Children.TryGetValue(new YamlScalarNode("bundled-calendar"), out _))
            files.Add(new RecordFile("sitting-calendar.yaml", System.IO.File.ReadAllText(Path.Combine(BundledRecord.Folder, "sitting-calendar.yaml"))));
        var result = RecordLoader.Load(files);
        if (!result.Succeeded)
            throw new InvalidDataException($"{path}: the situation does not load:\n" + string.Join("\n", result.Errors));
        return result.Record!;
    }

    private static string Text(YamlNode node)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;

    private static IReadOnlyList<string> Words(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode seq
            ? seq.Children.Cast<YamlScalarNode>().Select(s => s.Value!).ToList()
            : [];

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
