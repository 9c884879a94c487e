using System.Net;
using Mandates.Core.UseCases;
using Mandates.Core.UseCases.Users;
using Mandates.Storage;
using NodaTime;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>A user revoked while signed in to the pages loses them: the cookie signs the token in again each time.</summary>
public sealed class RevokedUserPagesTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    [Fact]
    public async Task A_user_revoked_by_another_process_is_sent_back_to_the_sign_in_form()
    {
        using var page = await PageClient.SignedIn(server, "operations");
        (await page.Get("/")).Is(HttpStatusCode.OK);
        Revoke(server.Db, "operations");
        // The server reads entries another process appended within its freshness (50 ms here): ask until it has.
        var status = HttpStatusCode.OK;
        for (var i = 0; i < 50 && status == HttpStatusCode.OK; i++)
        {
            await Task.Delay(100);
            status = (await page.Get("/")).Status;
        }
        Assert.Equal(HttpStatusCode.Redirect, status);
    }

    private static void Revoke(string db, string name)
    {
        var caller = new Caller(SystemClock.Instance, () => "admin");
        var store = new StoreSession(new StoreOpener(db), IProgressDisplay.None, 1000, _ => { });
        using var session = new Session(caller, store, new LawSource(store, caller, RecordFolders.Instance, null, _ => { }));
        RevokeUser.Run(session, new RevokeUserRequest(name));
        session.Finish();
    }
}
