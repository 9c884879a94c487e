using Mandates.Core.Law;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Core.Ledger;

/// <summary>The kinds of ledger entry about tours, and their payloads.</summary>
public static class TourEvents
{
    public const string Started = "tour-started";
    public const string Ended = "tour-ended";
    /// <summary>Supersedes an earlier tour entry: the tour as it should have been, or cancelled.</summary>
    public const string Corrected = "tour-corrected";

    public sealed record StartedPayload(string Person, string Task, string? Area, string From, string? Until, string? Exception);
    public sealed record EndedPayload(string Person, long Tour, string On);
    public sealed record CorrectedPayload(long Supersedes, long Tour, string? From, string? Until, bool Cancelled, string Reason);

    public static string Day(LocalDate day) => Days.Format(day);

    public static LocalDate Day(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    public static string? Word(CeilingExceptionKind? kind) => kind is { } k ? CeilingExceptionWords.Of(k) : null;

    public static CeilingExceptionKind? Kind(string? word) => word is null ? null : CeilingExceptionWords.All[word];
}
