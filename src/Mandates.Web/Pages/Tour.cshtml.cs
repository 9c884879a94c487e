using Mandates.Core.Access;
using Mandates.Core.Contracts;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using Mandates.Web.Apis;
using Mandates.Web.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mandates.Web.Pages;

/// <summary>
/// One tour's history (ReadHistory): every entry about it, oldest first, who recorded it and when; and, for the
/// operations role, the form to correct what was recorded wrongly (CorrectTour, as the API's corrections).
/// </summary>
public sealed class TourModel : PageModel
{
    public HistoryOutput History { get; private set; } = null!;

    /// <summary>What the correction's POST came to; null on a GET.</summary>
    public FormAnswer? Answer { get; private set; }

    public IActionResult OnGet(string position) => Load(position) ? Page() : NotFound();

    public IActionResult OnPostCorrect(string position, string? from, string? to, bool cancel, string? reason,
        string? key)
    {
        if (!PageAccess.May(User, Act.RecordTours)) return Forbid(PageAccess.Scheme);
        Answer = Forms.Attempt("correct", () =>
        {
            var tour = Input.Position("tour", position);
            var request = ToursApi.Correction(tour,
                new CorrectionBody(Forms.Given(from), Forms.Given(to), cancel, Forms.Given(reason)),
                Input.Key("key", Forms.Given(key)));
            return Forms.Of("correct", Api.Ledger(HttpContext).Write(Api.Caller(HttpContext),
                s => CorrectTour.Run(s, request)));
        });
        return Load(position) ? Page() : NotFound();
    }

    /// <summary>Reads the tour's history; false for a position that started no tour.</summary>
    private bool Load(string position)
    {
        try
        {
            var tour = Input.Position("tour", position);
            History = Api.Ledger(HttpContext).Read(Api.Caller(HttpContext),
                s => HistoryOutput.Of(ReadHistory.Run(s, new HistoryRequest(tour))));
            return true;
        }
        catch (ProblemException) { return false; }
    }
}
