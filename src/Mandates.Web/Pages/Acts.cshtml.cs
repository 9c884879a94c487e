using Mandates.Core.Access;
using Mandates.Core.Contracts;
using Mandates.Core.UseCases;
using Mandates.Web.Apis;
using Mandates.Web.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Mandates.Web.Dashboard.Forms;

namespace Mandates.Web.Pages;

/// <summary>
/// The legal acts the mandates rest on or require, with the operations that do (from ShowOperation); and, for the
/// admin role, the form to record an act extended or terminated (RecordActChange, as the API's act-change).
/// </summary>
public sealed class ActsModel : PageModel
{
    /// <summary>A legal act and the operations whose mandates name it.</summary>
    public sealed record ActRow(ActFact Act, IReadOnlyList<string> Operations);

    public IReadOnlyList<ActRow> Acts { get; private set; } = [];

    /// <summary>What the act-change's POST came to; null on a GET.</summary>
    public FormAnswer? Answer { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostChange(string? act, string? date, string? change, string? until, string? document,
        string? source)
    {
        if (!PageAccess.May(User, Core.Access.Act.ChangeLegalActs)) return Forbid(PageAccess.Scheme);
        Answer = Attempt("act-change", () => Decide(HttpContext, "act-change", DecisionsApi.ActChange(
            new ActChangeBody(Given(act), Given(date), Given(change), Given(until), Given(source), Given(document)))));
        Load();
        return Page();
    }

    private void Load() => Acts = Api.Ledger(HttpContext).Read(Api.Caller(HttpContext), session =>
    {
        var today = session.Caller.Today;
        var named = new List<(ActFact Act, string Operation)>();
        foreach (var op in ListOperations.Run(session, new ListRequest(today)).Operations)
        {
            var shown = ShowOutput.Of(ShowOperation.Run(session, new ShowRequest(op.Operation.Id.Value, today)));
            named.AddRange(shown.Chain.SelectMany(m => m.LegalBases.Concat(m.Requires))
                .Select(a => (a, shown.Operation)));
        }
        return (IReadOnlyList<ActRow>)[.. named.GroupBy(n => n.Act.Id).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ActRow(g.First().Act, [.. g.Select(n => n.Operation).Distinct()]))];
    });
}
