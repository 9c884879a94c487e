using Mandates.Core.Contracts;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using Mandates.Web.Apis;
using Mandates.Web.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mandates.Web.Pages;

/// <summary>
/// The ledger's hash chain recomputed (VerifyLedger): intact, or the first broken position and why; the anchor to
/// keep outside the store; and an anchor kept from an earlier run checked, if one is given (a GET form).
/// </summary>
public sealed class VerifyModel : PageModel
{
    /// <summary>An anchor kept from an earlier run (POSITION:HASH), as the form gives it.</summary>
    [BindProperty(SupportsGet = true)] public string? Anchor { get; set; }

    public VerifyOutput? Verify { get; private set; }

    /// <summary>Bad input naming the field (an anchor that is none); null if none.</summary>
    public Problem? Problem { get; private set; }

    public void OnGet()
    {
        try
        {
            var anchors = VerifyLedger.Anchors(Forms.Given(Anchor) is { } a ? [a] : []);
            Verify = Api.Ledger(HttpContext).Read(Api.Caller(HttpContext),
                session => VerifyOutput.Of(VerifyLedger.Run(session, new VerifyLedgerRequest(anchors))));
        }
        catch (ProblemException e) { Problem = e.Problem; }
    }
}
