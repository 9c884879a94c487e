using System.Text.Encodings.Web;
using Mandates.Core.Contracts;
using Mandates.Core.UseCases;
using Mandates.Storage;
using Mandates.Web.Access;
using Mandates.Web.Apis;
using Microsoft.AspNetCore.Authentication;
using Scalar.AspNetCore;

namespace Mandates.Web;

/// <summary>
/// The web application: the store opened once, the JSON of the contracts, the failures as problem details, and
/// each area's endpoints (Apis/). `mandates serve` and Program.cs both start what <see cref="Build"/> returns; a
/// dashboard adds its pages in <see cref="Map"/>.
/// </summary>
public static class WebHost
{
    /// <summary>Builds the application; <paramref name="configure"/> lets tests change a service before it is built.</summary>
    public static WebApplication Build(ServeOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            // The web project's name, not the entry assembly's (`mandates`), so that its assets are found.
            ApplicationName = typeof(WebHost).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        // A line per request halves what a server answers (docs/benchmarks.md); failures are still logged.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(services => OpenLedger(options, services.GetRequiredService<ILogger<SharedLedger>>()));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ContractJson.Default);
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddAuthentication(BearerTokens.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokens>(BearerTokens.SchemeName, null);
        builder.Services.AddAuthorization(policies => ActPolicies.Add(policies, options.AllowAnonymousReads));
        Dashboard.Dashboard.Add(builder, options);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddExceptionHandler<ApiFailures>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        Dashboard.Dashboard.Use(app);
        app.UseAuthentication();
        app.UseAuthorization();
        Map(app);
        // Opened before the first request, so that a store that cannot be opened stops the server at once.
        app.Services.GetRequiredService<SharedLedger>();
        return app;
    }

    /// <summary>Every area's endpoints.</summary>
    public static void Map(WebApplication app)
    {
        app.MapGet("/health", () => "ok").ExcludeFromDescription().AllowAnonymous();
        // The API's description and its reference page are public: they hold no data of the record.
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
        {
            // A key that is no sensible token is refused before anything else about the write (400 naming it).
            if (HttpMethods.IsPost(context.HttpContext.Request.Method)) Api.Key(context.HttpContext);
            return await next(context);
        });
        api.MapOperationsApi();
        api.MapLedgerApi();
        api.MapToursApi();
        api.MapDecisionsApi();
        api.MapImportApi();
        Dashboard.Dashboard.Map(app);
    }

    private static SharedLedger OpenLedger(ServeOptions options, ILogger logger)
    {
        var caller = new Caller(options.Clock, () => options.Operator);
        return SharedLedger.Open(new StoreOpener(options.Db), caller, RecordFolders.Instance, options.Freshness,
            note => logger.LogInformation("{Note}", note.ToString()));
    }
}
