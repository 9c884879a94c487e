using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mandates.Core.Ledger;

/// <summary>How every kind of ledger entry writes and reads its payload: camel-case JSON, nulls left out.</summary>
public static class LedgerPayload
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T payload) => JsonSerializer.Serialize(payload, Json);

    public static T Read<T>(LedgerEvent e)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(e.Payload, Json) ?? throw new DamagedEntryException(e.Position, $"an empty {e.Type} payload");
        }
        catch (JsonException problem)
        {
            throw new DamagedEntryException(e.Position, $"its {e.Type} payload is not the JSON this program writes ({problem.Message}): the entry was altered or the store damaged", problem);
        }
    }

    /// <summary>A payload not yet in the ledger (or compared apart from its position).</summary>
    public static T Read<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, Json) ?? throw new InvalidDataException($"An empty payload where a {typeof(T).Name} was expected.");
}
