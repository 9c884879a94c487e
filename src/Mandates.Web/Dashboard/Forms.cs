using Mandates.Core.Contracts;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using Mandates.Web.Apis;

namespace Mandates.Web.Dashboard;

/// <summary>What a form's POST came to, shown above the form: written, refused by the law, or bad input.</summary>
/// <param name="Form">Which form it answers (deploy, end, vote).</param>
/// <param name="Written">What was written, null if nothing.</param>
/// <param name="Refusal">The law's refusal: the decision with every finding; null if none.</param>
/// <param name="Problem">Bad input naming the field; null if none.</param>
public sealed record FormAnswer(string Form, string? Written, DecisionOutput? Refusal, Problem? Problem)
{
    /// <summary>The field's name as the form labels it, and what was wrong, in Core's words.</summary>
    public string? ProblemText => Problem?.Text(name => name);

    /// <summary>What the user should know of a decision recorded (Core's note, in English); null if nothing.</summary>
    public string? Note { get; init; }

    /// <summary>Tours already recorded that a decision recorded leaves breaking the law.</summary>
    public IReadOnlyList<ViolationOutput> Broken { get; init; } = [];
}

/// <summary>A form's text fields and what a form's write came to.</summary>
internal static class Forms
{
    /// <summary>A text box's value: an empty box is a value not given.</summary>
    public static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Runs a form's write; bad input (a problem naming the field) is an answer, not an error page.</summary>
    public static FormAnswer Attempt(string form, Func<FormAnswer> write)
    {
        try { return write(); }
        catch (ProblemException e) { return new FormAnswer(form, null, null, e.Problem); }
    }

    /// <summary>
    /// A tour's write: written (its ledger position), refused by the law, or in conflict with the ledger.
    /// </summary>
    public static FormAnswer Of(string form, WriteResult result) => result.Outcome switch
    {
        WriteOutcome.Written w => new FormAnswer(form, $"#{w.Event.Position}", null, null),
        WriteOutcome.Refused r => new FormAnswer(form, null, DecisionOutput.Of(r.Decision, 1), null),
        WriteOutcome.Invalid i => new FormAnswer(form, null, null, i.Problem),
        _ => throw new InvalidOperationException($"Unknown outcome {result.Outcome}."),
    };

    /// <summary>
    /// Records a decision through its use case (the one the API's DecisionsApi calls) under the signed-in user: what
    /// it recorded, at which positions, Core's note, and the tours it leaves breaking the law.
    /// </summary>
    public static FormAnswer Decide(HttpContext http, string form, Func<Session, RecordResult> use)
    {
        var output = Api.Ledger(http).Write(Api.Caller(http), session =>
            RecordOutput.Of(use(session), session.Store.State(session.Caller)));
        var where = output.Positions.Count == 0 ? ""
            : " (" + string.Join(", ", output.Positions.Select(p => $"#{p}")) + ")";
        return new FormAnswer(form, output.Recorded + where, null, null)
        {
            Note = output.Note, Broken = output.ToursNowBreakTheLaw,
        };
    }
}
