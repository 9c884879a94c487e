using System.Globalization;
using Mandates.Core.Contracts;
using Microsoft.Extensions.Localization;

namespace Mandates.Web.Dashboard;

/// <summary>How the pages write numbers and days in the page's language (1,850 / 1.850; 2025-06-26 /
/// 26.06.2025).</summary>
internal static class Ui
{
    public static string Number(int n) => German
        ? n.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.')
        : n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Whether the page is in German (the cultures' data is invariant here: see Directory.Build.props).</summary>
    public static bool German => CultureInfo.CurrentUICulture.Name == "de";

    /// <summary>A day of the contracts (ISO) as the language writes it.</summary>
    public static string Day(string iso) =>
        German && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : iso;

    /// <summary>
    /// Until when the mandate in force holds: its last day, or open-ended and the legal bases it depends on; when the
    /// operation is not current, since when it ended or when it begins.
    /// </summary>
    public static string Until(IStringLocalizer l, OperationStatusOutput op, MandateOutput? inForce) => op.Phase switch
    {
        "current" when inForce?.End is { } end => Day(end.Date),
        "current" when inForce is not null => l["until.open", string.Join(", ", inForce.LegalBases.Select(a => a.Short))],
        "ended" when op.EndedOn is { } ended => l["until.ended", Day(ended)],
        _ => op.FirstConsent is { } first ? l["until.begins", Day(first)] : l["none"],
    };

    /// <summary>An instant of the contracts (UTC, ISO 8601) to the minute, as the language writes the day.</summary>
    public static string Instant(string iso) =>
        NodaTime.Text.InstantPattern.ExtendedIso.Parse(iso) is { Success: true } parsed
            ? $"{Day(parsed.Value.InUtc().Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))} "
              + $"{parsed.Value.InUtc().TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC"
            : iso;
}
