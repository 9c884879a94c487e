using Microsoft.Extensions.Localization;

namespace Mandates.Web.Dashboard;

/// <summary>
/// The law's findings in the page's language. Core names each rule by a stable id and writes its reason as an English
/// sentence with the values it compared; the contracts carry no values apart from that sentence. So the pages give the
/// rule's name and, for a rule not met, what it means in German from Labels.tsv (<c>rule.ID</c>,
/// <c>rule.ID.refusal</c>), and show Core's sentence beside it as it is, marked English (docs/web.md).
/// </summary>
internal static class Findings
{
    /// <summary>The rule's name in the page's language; the id itself for a rule the labels do not know.</summary>
    public static string Rule(IStringLocalizer l, string rule, string? title = null) =>
        l["rule." + rule] is { ResourceNotFound: false } name ? name.Value : title ?? rule;

    /// <summary>What a rule not met means, in the page's language; null for a rule the labels do not know.</summary>
    public static string? Refusal(IStringLocalizer l, string rule) =>
        l[$"rule.{rule}.refusal"] is { ResourceNotFound: false } said ? said.Value : null;
}
