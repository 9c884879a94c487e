using System.CommandLine;
using Mandates.Web;

namespace Mandates.Cli;

/// <summary>
/// `mandates serve [--urls URL] [--allow-anonymous-reads]`: the web application and its REST API (docs/api.md) on the
/// same store as every other command (--db), until stopped (Ctrl+C).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CommandContext context)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = "Where to listen, e.g. http://127.0.0.1:8080 (several separated by ';'). Default: "
                + $"{ServeOptions.DefaultUrl}, this machine only; another address is used only when named here.",
        };
        var anonymous = new Option<bool>("--allow-anonymous-reads")
        {
            Description = "Answer reads without a signed-in user (a public portal of the record); every write still "
                + "needs a user whose role allows it.",
        };
        var command = new Command("serve",
            "Serve the web application and its REST API (/api, OpenAPI at /openapi/v1.json) on the store, until "
            + "stopped. Exit 0 when stopped, 2 bad input, 3 the store failed.") { urls, anonymous };
        command.SetAction(parsed =>
        {
            CommandContext.RefuseRecordFolder(parsed, "serve");
            // Read before anything is opened: a bad address opens and creates nothing.
            var listen = parsed.GetValue(urls) is { } given ? Listen.Parse(given) : [ServeOptions.DefaultUrl];
            var options = new ServeOptions(parsed.GetValue(CliApp.DbOption), listen, parsed.GetValue(anonymous))
            {
                Operator = CommandContext.User(parsed),
            };
            using var app = WebHost.Build(options);
            app.Lifetime.ApplicationStarted.Register(() => context.Error.WriteLine(
                $"Serving {app.Services.GetService(typeof(Mandates.Core.UseCases.SharedLedger)) switch
                {
                    Mandates.Core.UseCases.SharedLedger ledger => ledger.Description, _ => "the store",
                }} at {string.Join(", ", app.Urls)}; Ctrl+C stops."));
            app.Run();
            return ExitCodes.Ok;
        });
        return command;
    }
}
