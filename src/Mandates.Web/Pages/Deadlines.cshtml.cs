using Mandates.Core.Contracts;
using Mandates.Core.UseCases;
using Mandates.Web.Apis;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Mandates.Web.Pages;

/// <summary>What falls due in the next 90 days, for every operation (ListDeadlines), each with what sets it.</summary>
public sealed class DeadlinesModel : PageModel
{
    /// <summary>How far ahead the page looks.</summary>
    public const int Days = 90;

    public DeadlinesOutput Deadlines { get; private set; } = null!;

    public void OnGet() => Deadlines = Api.Ledger(HttpContext).Read(Api.Caller(HttpContext), session =>
    {
        var today = session.Caller.Today;
        return DeadlinesOutput.Of(ListDeadlines.Run(session,
            new DeadlinesRequest(null, today, today + Period.FromDays(Days))));
    });
}
