using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Mandates.Core.Contracts;

/// <summary>
/// The JSON every host sends: a command's <c>--json</c> output and the REST API's bodies are the same typed
/// records, serialised here. Every key is always present (<c>null</c> where there is no value, never left
/// out, never a sentinel), and each output carries <see cref="SchemaVersion"/>; its JSON Schema is in
/// docs/schemas/.
/// </summary>
public static class Contract
{
    /// <summary>The version of every output's shape: raised when a key changes meaning or goes away.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// How contracts are written: camelCase keys, indented, non-ASCII text as it is (German words, "≤").
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(ContractJson.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON text of a contract record.</summary>
    public static string Write<T>(T value) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
}
