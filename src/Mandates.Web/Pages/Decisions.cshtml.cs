using Mandates.Core.Access;
using Mandates.Core.Contracts;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using Mandates.Web.Apis;
using Mandates.Web.Dashboard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Mandates.Web.Dashboard.Forms;

namespace Mandates.Web.Pages;

/// <summary>
/// The decisions a parliament user records on an operation's mandates: the government's motion, the cabinet's
/// decision, the plenary vote, a demand for debate (§ 4 ParlBG) and a revocation (§ 8 ParlBG). Each form fills the
/// body the API takes and records through the same use case (DecisionsApi), under the signed-in user.
/// </summary>
[Authorize(Policy = "page:" + nameof(Act.RecordDecisions))]
public sealed class DecisionsModel : PageModel
{
    public ShowOutput Show { get; private set; } = null!;

    /// <summary>What the last form's POST came to; null on a GET.</summary>
    public FormAnswer? Answer { get; private set; }

    public IActionResult OnGet(string id) => Load(id) ? Page() : NotFound();

    public IActionResult OnPostMotion(string id, string? mandate, string? document, string? source, string? procedure,
        bool extension, string? distributed, string? start, string? end, string? ceiling) =>
        Record(id, "motion", () => DecisionsApi.Motion(new MotionBody(id, Given(mandate), Given(document),
            Given(source), Given(procedure), extension, Given(distributed), Given(start), Given(end), Given(ceiling))));

    public IActionResult OnPostCabinet(string id, string? mandate, string? date, string? source) =>
        Record(id, "cabinet", () => DecisionsApi.Cabinet(new CabinetBody(Given(mandate), Given(date), Given(source))));

    public IActionResult OnPostVote(string id, string? mandate, string? date, string? result, string? yes, string? no,
        string? abstentions, bool rollCall, string? source) =>
        Record(id, "vote", () => DecisionsApi.Vote(new VoteBody(Given(mandate), Given(date), Given(result),
            Given(source), Given(yes), Given(no), Given(abstentions), rollCall)));

    public IActionResult OnPostObjection(string id, string? mandate, string? date, string? by, string? source) =>
        Record(id, "objection", () => DecisionsApi.Objection(new ObjectionBody(Given(mandate), Given(date), Given(by),
            Given(source))));

    public IActionResult OnPostRevocation(string id, string? mandate, string? date, string? effective,
        string? document, string? source) =>
        Record(id, "revocation", () => DecisionsApi.Revocation(new RevocationBody(Given(mandate), Given(date),
            Given(source), Given(effective), Given(document))));

    /// <summary>
    /// Checks the form into a request (bad input names the field), records it, and shows the page again.
    /// </summary>
    private IActionResult Record(string id, string form, Func<Func<Session, RecordResult>> request)
    {
        if (!PageAccess.May(User, Act.RecordDecisions)) return Forbid(PageAccess.Scheme);
        Answer = Attempt(form, () => Decide(HttpContext, form, request()));
        return Load(id) ? Page() : NotFound();
    }

    /// <summary>Reads the operation and its chain of mandates; false for one the record does not hold.</summary>
    private bool Load(string id)
    {
        try
        {
            Show = Api.Ledger(HttpContext).Read(Api.Caller(HttpContext),
                s => ShowOutput.Of(ShowOperation.Run(s, new ShowRequest(id, s.Caller.Today))));
            return true;
        }
        catch (ProblemException) { return false; }
    }
}
