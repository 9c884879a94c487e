namespace Mandates.Charts;

/// <summary>The lead organisations a timeline tells apart by colour.</summary>
public enum LeadGroup { UN, NATO, EU, NationalOrOther }

/// <summary>Which group a lead organisation, as the record names it, belongs to.</summary>
public static class LeadGroups
{
    /// <summary>
    /// The group of a lead as the record writes it: "UN" and "UN/…" (the first named leads) are the UN's, "NATO…"
    /// NATO's, "EU…" the EU's; national operations and coalitions are national or other.
    /// </summary>
    public static LeadGroup Of(string lead)
    {
        var first = lead.Split('/', 2)[0].Trim();
        return first.ToUpperInvariant() switch
        {
            "UN" => LeadGroup.UN,
            "NATO" => LeadGroup.NATO,
            "EU" => LeadGroup.EU,
            _ => LeadGroup.NationalOrOther,
        };
    }

    /// <summary>The CSS class a span of the group carries (the dashboard may restyle it).</summary>
    internal static string Class(LeadGroup group) => "lead-" + group.ToString().ToLowerInvariant();

    /// <summary>Colours dark enough for white text on them (contrast above 4.5).</summary>
    internal static string Colour(LeadGroup group) => group switch
    {
        LeadGroup.UN => "#1a6bb0",
        LeadGroup.NATO => "#24376b",
        LeadGroup.EU => "#7d6300",
        _ => "#6b4a63",
    };
}
