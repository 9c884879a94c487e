using Mandates.Core.Contracts;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using Mandates.Web.Apis;
using Mandates.Web.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Mandates.Web.Pages;

/// <summary>
/// "May this many more serve, for this task and place, on every one of these days?" as a GET form; the answer is
/// CheckDeployment's decision with every finding and its citations. Nothing is written.
/// </summary>
public sealed class CheckModel : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }

    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    [BindProperty(SupportsGet = true)] public string? Add { get; set; }

    [BindProperty(SupportsGet = true)] public string? Task { get; set; }

    [BindProperty(SupportsGet = true)] public string? Area { get; set; }

    public ShowOutput Show { get; private set; } = null!;

    /// <summary>The law's answer; null until the question is asked.</summary>
    public DecisionOutput? Decision { get; private set; }

    /// <summary>Bad input naming the field; null if none.</summary>
    public Problem? Problem { get; private set; }

    public IActionResult OnGet(string id)
    {
        var ledger = Api.Ledger(HttpContext);
        var caller = Api.Caller(HttpContext);
        try { Show = ledger.Read(caller, s => ShowOutput.Of(ShowOperation.Run(s, new ShowRequest(id, s.Caller.Today)))); }
        catch (ProblemException) { return NotFound(); }
        if (Forms.Given(From) is null && Forms.Given(Add) is null) return Page();
        try
        {
            var first = Api.Day("from", Forms.Given(From), caller.Today);
            var period = OperationsApi.Period(first, Api.Day("to", Forms.Given(To), first));
            var persons = Forms.Given(Add) is { } add ? Input.Persons("add", add) : 0;
            var request = new CheckRequest(Show.Operation, period, persons, Input.Element("task", Forms.Given(Task)),
                Input.Element("area", Forms.Given(Area)), null, null);
            Decision = ledger.Read(caller, s => DecisionOutput.Of(CheckDeployment.Run(s, request).Decision, persons));
        }
        catch (ProblemException e) { Problem = e.Problem; }
        return Page();
    }
}
