using Mandates.Core.Contracts;
using Mandates.Core.UseCases;
using Mandates.Web.Apis;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mandates.Web.Pages;

/// <summary>
/// The audit (AuditLedger) as known now: every violation of the law among the tours recorded with its reason, the
/// deployments made without consent, and who could write when (users added, changed, revoked; writes not allowed).
/// </summary>
public sealed class AuditModel : PageModel
{
    public AuditOutput Audit { get; private set; } = null!;

    public void OnGet() => Audit = Api.Ledger(HttpContext).Read(Api.Caller(HttpContext),
        session => AuditOutput.Of(AuditLedger.Run(session, new AuditRequest())));
}
