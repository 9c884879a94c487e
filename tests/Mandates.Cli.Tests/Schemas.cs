using System.Text.Json;
using Json.Schema;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>The JSON Schemas of docs/schemas/, against which every --json output is validated.</summary>
internal static class Schemas
{
    private static readonly string Folder = Path.Combine(Repository.Root, "docs", "schemas");

    // Each schema read once: the library registers a schema by its $id, and refuses to register one twice.
    private static readonly Dictionary<string, JsonSchema> Read = [];

    /// <summary>Fails the test, naming each place that breaks it, where <paramref name="output"/> does not validate against <paramref name="schema"/>.</summary>
    public static void Valid(string schema, string output)
    {
        JsonSchema loaded;
        lock (Read)
            if (!Read.TryGetValue(schema, out loaded!)) Read[schema] = loaded = JsonSchema.FromFile(Path.Combine(Folder, schema));
        var evaluation = loaded
            .Evaluate(JsonDocument.Parse(output).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (evaluation.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(evaluation.IsValid, $"{schema}: {string.Join("; ", errors)}\n{output}");
    }
}
