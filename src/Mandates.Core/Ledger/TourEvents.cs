using System.Text.Json;
using System.Text.Json.Serialization;
using Mandates.Core.Law;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Core.Ledger;

/// <summary>The kinds of ledger entry about tours, and their payloads as JSON.</summary>
public static class TourEvents
{
    public const string Started = "tour-started";
    public const string Ended = "tour-ended";
    /// <summary>Supersedes an earlier tour entry: the tour as it should have been, or cancelled.</summary>
    public const string Corrected = "tour-corrected";

    public sealed record StartedPayload(string Person, string Task, string? Area, string From, string? Until, string? Exception);
    public sealed record EndedPayload(string Person, long Tour, string On);
    public sealed record CorrectedPayload(long Supersedes, long Tour, string? From, string? Until, bool Cancelled, string Reason);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T payload) => JsonSerializer.Serialize(payload, Json);

    public static T Deserialize<T>(LedgerEvent e) =>
        JsonSerializer.Deserialize<T>(e.Payload, Json) ?? throw new InvalidDataException($"Ledger position {e.Position}: an empty {e.Type} payload.");

    public static string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);

    public static LocalDate Day(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    public static string? Word(CeilingExceptionKind? kind) => kind is { } k ? CeilingExceptionWords.Of(k) : null;

    public static CeilingExceptionKind? Kind(string? word) => word is null ? null : CeilingExceptionWords.All[word];
}
