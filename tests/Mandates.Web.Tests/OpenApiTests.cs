using System.Net;
using System.Text.Json;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// The OpenAPI document at /openapi/v1.json describes every route, and its answers are the contracts whose JSON
/// Schemas are in docs/schemas: the same keys at every level the schema file describes.
/// </summary>
public sealed class OpenApiTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    [Fact]
    public async Task The_document_is_public_and_lists_every_route()
    {
        var document = (await server.Client().Get("/openapi/v1.json")).Is(HttpStatusCode.OK).Json;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var route in Routes.All(1))
            Assert.Contains(route.Template.TrimEnd('/'), paths);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await server.Client().Get("/scalar/v1")).Status);
    }

    [Theory]
    [InlineData("ListOutput", "list.schema.json")]
    [InlineData("ShowOutput", "show.schema.json")]
    [InlineData("DecisionOutput", "check.schema.json")]
    [InlineData("StrengthOutput", "strength.schema.json")]
    [InlineData("ToursOutput", "tours.schema.json")]
    [InlineData("AuditOutput", "audit.schema.json")]
    [InlineData("VerifyOutput", "verify.schema.json")]
    [InlineData("HistoryOutput", "history.schema.json")]
    [InlineData("WriteOutput", "deploy.schema.json")]
    [InlineData("RecordOutput", "record.schema.json")]
    [InlineData("ImportOutput", "import.schema.json")]
    [InlineData("DeadlinesOutput", "deadlines.schema.json")]
    public async Task An_answers_schema_has_the_keys_of_its_schema_in_docs(string component, string file)
    {
        var document = (await server.Client().Get("/openapi/v1.json")).Is(HttpStatusCode.OK).Json;
        var schemas = document.GetProperty("components").GetProperty("schemas");
        using var docs = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs", "schemas", file)));
        var differences = new List<string>();
        Compare(schemas, schemas.GetProperty(component), docs.RootElement, docs.RootElement, component, differences);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    /// <summary>Compares the property names of an OpenAPI schema and a JSON Schema, and of each object within.</summary>
    private static void Compare(JsonElement components, JsonElement api, JsonElement root, JsonElement schema,
        string at, List<string> differences, int depth = 0)
    {
        api = Resolve(components, api, "#/components/schemas/");
        schema = Resolve(root, schema, "#/");
        if (depth > 6) return;
        if (Properties(schema) is not { } expected) return;
        if (Properties(api) is not { } actual)
        {
            differences.Add($"{at}: the OpenAPI document describes no object");
            return;
        }
        var (want, have) = (expected.Select(p => p.Name).ToHashSet(), actual.Select(p => p.Name).ToHashSet());
        if (!want.SetEquals(have))
            differences.Add($"{at}: docs/schemas has [{string.Join(", ", want.Order())}], "
                + $"OpenAPI [{string.Join(", ", have.Order())}]");
        foreach (var property in expected.Where(p => have.Contains(p.Name)))
            Compare(components, actual.First(p => p.Name == property.Name).Value, root, property.Value,
                $"{at}.{property.Name}", differences, depth + 1);
    }

    private static List<JsonProperty>? Properties(JsonElement schema)
    {
        if (schema.TryGetProperty("properties", out var properties)) return [.. properties.EnumerateObject()];
        return null;
    }

    /// <summary>A schema with its reference followed; an array's items; one not null of a nullable union.</summary>
    private static JsonElement Resolve(JsonElement root, JsonElement schema, string prefix)
    {
        for (var i = 0; i < 10; i++)
        {
            if (schema.ValueKind != JsonValueKind.Object) return schema;
            if (schema.TryGetProperty("$ref", out var reference) && reference.GetString() is { } r && r.StartsWith(prefix))
            {
                var node = root;
                foreach (var part in r[prefix.Length..].Split('/')) node = node.GetProperty(part);
                schema = node;
            }
            else if (schema.TryGetProperty("items", out var items)) schema = items;
            else if ((schema.TryGetProperty("oneOf", out var union) || schema.TryGetProperty("anyOf", out union))
                && union.EnumerateArray().FirstOrDefault(s => !IsNull(s)) is { ValueKind: JsonValueKind.Object } some)
                schema = some;
            else return schema;
        }
        return schema;
    }

    private static bool IsNull(JsonElement s) =>
        s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null";
}
