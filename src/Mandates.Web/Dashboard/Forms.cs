using Mandates.Core.Problems;

namespace Mandates.Web.Dashboard;

/// <summary>What a form's POST came to, shown above the form: written, refused by the law, or bad input.</summary>
/// <param name="Form">Which form it answers (deploy, end, vote).</param>
/// <param name="Written">What was written, null if nothing.</param>
/// <param name="Refusal">The law's refusal: the decision with every finding; null if none.</param>
/// <param name="Problem">Bad input naming the field; null if none.</param>
public sealed record FormAnswer(string Form, string? Written, Core.Contracts.DecisionOutput? Refusal, Problem? Problem)
{
    /// <summary>The field's name as the form labels it, and what was wrong, in Core's words.</summary>
    public string? ProblemText => Problem?.Text(name => name);
}

/// <summary>A form's text fields: an empty box is a value not given.</summary>
internal static class Forms
{
    public static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
