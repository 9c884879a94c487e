using Mandates.Web.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Mandates.Web.Pages;

/// <summary>
/// Sign-in with a name and the token `mandates users add` gave; a cookie afterwards. Repeated failures lock the name
/// and the address out for a while (<see cref="SignInThrottle"/>). Sign-out is a POST (a link could be forged).
/// </summary>
public sealed class SignInModel(IStringLocalizer<Labels> l) : PageModel
{
    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Token { get; set; }

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>Why the sign-in failed; null before a try.</summary>
    public string? Failure { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync([FromServices] SignInThrottle throttle)
    {
        var name = (Name ?? "").Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.LockedOut(name, address))
        {
            Failure = l["signIn.locked", SignInThrottle.Window.TotalMinutes];
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var user = name.Length == 0 || string.IsNullOrWhiteSpace(Token) ? null
            : PageAccess.SignInUser(HttpContext, name, Token.Trim());
        if (user is null)
        {
            throttle.Failed(name, address);
            Failure = l["signIn.failed"];
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        throttle.Succeeded(name);
        await HttpContext.SignInAsync(PageAccess.Scheme, PageAccess.Principal(user, Token!.Trim()));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
