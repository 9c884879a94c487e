using System.Globalization;
using NodaTime;

namespace Mandates.Charts;

/// <summary>
/// The words a chart is drawn with, in one language: its titles, the legend, and how numbers are grouped. Dates are
/// written as ISO days (2025-07-01) in every language.
/// </summary>
public sealed record ChartWords
{
    public static readonly ChartWords English = new();

    public static readonly ChartWords German = new()
    {
        StrengthTitle = "{0}: Personalstärke und Personalobergrenze, {1} – {2}",
        TimelineTitle = "Bewaffnete Einsätze mit Zustimmung des Bundestages, {0} – {1}",
        ChainTitle = "{0}: die Kette der Mandate, {1} – {2}",
        Strength = "Stärke (Register)", Ceiling = "Personalobergrenze", Reported = "gemeldete Stärke",
        Adopted = "Abstimmung: angenommen", Rejected = "Abstimmung: abgelehnt",
        Exception = "über der Obergrenze (Ausnahme)", Mandate = "Beginn eines Mandats",
        Lead = ["VN", "NATO", "EU", "national / andere"], GroupSeparator = ".",
        About = "etwa", NoneAuthorised = "keine Zustimmung im Zeitraum", NoCeiling = "keine Obergrenze",
    };

    /// <summary>The strength chart's title: {0} the operation, {1} and {2} the first and last day.</summary>
    public string StrengthTitle { get; init; } = "{0}: strength against ceiling, {1} – {2}";

    /// <summary>The timeline's title: {0} and {1} the first and last day.</summary>
    public string TimelineTitle { get; init; } = "Armed deployments abroad with the Bundestag's consent, {0} – {1}";

    /// <summary>The title of one operation's chain of mandates: {0} the operation, {1} and {2} the first and last
    /// day.</summary>
    public string ChainTitle { get; init; } = "{0}: the chain of mandates, {1} – {2}";

    public string Strength { get; init; } = "strength (ledger)";
    public string Ceiling { get; init; } = "ceiling";
    public string Reported { get; init; } = "reported strength";
    public string Adopted { get; init; } = "vote: adopted";
    public string Rejected { get; init; } = "vote: rejected";
    public string Exception { get; init; } = "over the ceiling under an exception";
    public string Mandate { get; init; } = "a mandate begins";
    public string About { get; init; } = "about";
    public string NoneAuthorised { get; init; } = "no consent in the period";

    /// <summary>Said where a mandate set no personnel ceiling (the record's <c>ceiling: none</c>).</summary>
    public string NoCeiling { get; init; } = "no ceiling";

    /// <summary>The lead organisations' groups, in the order of <see cref="LeadGroup"/>.</summary>
    public IReadOnlyList<string> Lead { get; init; } = ["UN", "NATO", "EU", "national / other"];

    /// <summary>What separates thousands: 8,500 or 8.500.</summary>
    public string GroupSeparator { get; init; } = ",";

    internal string Number(int n) =>
        n.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", GroupSeparator, StringComparison.Ordinal);

    /// <summary>A ceiling as a number, or <see cref="NoCeiling"/> where the mandate set none.</summary>
    internal string Limit(int? ceiling) => ceiling is { } n ? Number(n) : NoCeiling;

    internal static string Day(LocalDate day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal string Title(string format, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, format, values);
}
