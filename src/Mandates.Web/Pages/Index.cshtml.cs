using Mandates.Core.Contracts;
using Mandates.Core.UseCases;
using Mandates.Web.Apis;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Mandates.Web.Pages;

/// <summary>The overview: every operation's status today (ListOperations) and its strength against the ceiling.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>Every operation's status today.</summary>
    public ListOutput List { get; private set; } = null!;

    /// <summary>Each operation's strength today (ReadStrength for the one day), by operation id.</summary>
    public IReadOnlyDictionary<string, StretchOutput?> Today { get; private set; } = null!;

    /// <summary>The mandate in force today of each operation (ShowOperation), by operation id; null where none is.</summary>
    public IReadOnlyDictionary<string, MandateOutput?> InForce { get; private set; } = null!;

    public void OnGet()
    {
        (List, Today, InForce) = Api.Ledger(HttpContext).Read(Api.Caller(HttpContext), session =>
        {
            var today = session.Caller.Today;
            var list = ListOutput.Of(ListOperations.Run(session, new ListRequest(today)));
            var strength = list.Operations.ToDictionary(o => o.Operation, o => ReadStrength.Run(session,
                new StrengthRequest(o.Operation, new DateInterval(today, today))).Stretches
                .Select(StretchOutput.Of).FirstOrDefault());
            var inForce = list.Operations.ToDictionary(o => o.Operation, o =>
            {
                var shown = ShowOutput.Of(ShowOperation.Run(session, new ShowRequest(o.Operation, today)));
                return shown.Chain.FirstOrDefault(m => m.Id == shown.InForce);
            });
            return (list, (IReadOnlyDictionary<string, StretchOutput?>)strength,
                (IReadOnlyDictionary<string, MandateOutput?>)inForce);
        });
    }
}
