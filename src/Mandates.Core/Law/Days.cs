using NodaTime;
using NodaTime.Text;

namespace Mandates.Core.Law;

/// <summary>
/// Calendar days as Mandates writes and accepts them: ISO 8601 (<c>2025-06-26</c>), within a range
/// wide enough for any mandate and narrow enough that date arithmetic never leaves the calendar.
/// </summary>
public static class Days
{
    public static readonly LocalDate Earliest = new(1900, 1, 1);
    public static readonly LocalDate Latest = new(2199, 12, 31);

    public static bool InRange(LocalDate day) => day >= Earliest && day <= Latest;

    /// <summary>The day's ISO form, or "?" for none.</summary>
    public static string Format(LocalDate? day) => day is { } d ? LocalDatePattern.Iso.Format(d) : "?";

    /// <summary>A day written as YYYY-MM-DD within the range, or null.</summary>
    public static LocalDate? Parse(string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true, Value: var day } && InRange(day) ? day : null;

    /// <summary>"on 2025-07-01", or "from 2025-07-01 to 2025-07-31".</summary>
    public static string Describe(DateInterval days) =>
        days.Start == days.End ? $"on {Format(days.Start)}" : $"from {Format(days.Start)} to {Format(days.End)}";
}
