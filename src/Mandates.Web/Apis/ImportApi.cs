using Mandates.Core.Access;
using Mandates.Core.Contracts;
using Mandates.Core.UseCases;
using Mandates.Web.Access;
using Microsoft.OpenApi;

namespace Mandates.Web.Apis;

/// <summary>
/// <c>POST /api/import</c> (admin): a record folder as a zip (<see cref="RecordUpload"/>), brought into the store's
/// record as <c>mandates import</c> brings a folder: a changed file is a new entry, the same record again changes
/// nothing, a record with any problem is refused whole (400 naming the file), nothing written on any failure.
/// </summary>
internal static class ImportApi
{
    public static RouteGroupBuilder MapImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/import", (Func<HttpContext, Task<IResult>>)Import).WithName("Import").WithTags("Record")
            .Needs(Act.Import)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Described, not declared with Accepts: that would answer another media type 415 before the role
                // is checked, and without problem details.
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The record folder's YAML files, zipped by their paths relative to the folder.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [RecordUpload.MediaType] = new()
                        {
                            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    },
                };
                return Task.CompletedTask;
            })
            .Answers<ImportOutput>()
            .Produces<ApiProblem>(StatusCodes.Status409Conflict, ApiProblem.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status413PayloadTooLarge, ApiProblem.MediaType);
        return api;
    }

    private static async Task<IResult> Import(HttpContext http)
    {
        var limits = http.RequestServices.GetRequiredService<ServeOptions>().Import;
        if (http.Request.ContentType is not { } type
            || !type.StartsWith(RecordUpload.MediaType, StringComparison.Ordinal))
            return ApiProblem.Said("unsupported-media-type", "Unsupported media type",
                StatusCodes.Status415UnsupportedMediaType, $"The body is {(http.Request.ContentType ?? "untyped")}; "
                + $"expected {RecordUpload.MediaType}: the record folder's YAML files zipped by their relative paths. "
                + "Nothing was written.").Result();
        var body = await Api.Bytes(http, limits.MostBodyBytes);
        if (body is null) return TooLarge($"The body is larger than {limits.MostBodyBytes:N0} bytes");
        IReadOnlyList<Core.Records.RecordFile> files;
        try
        {
            files = RecordUpload.Read(body, limits);
        }
        catch (TooLargeException e)
        {
            return TooLarge(e.Message);
        }
        var request = new ImportRequest("the upload") { Files = files, Key = Api.RecordKey(http, body) };
        var result = Api.Ledger(http).Write(Api.Caller(http), session => ImportRecord.Run(session, request));
        return Results.Json(ImportOutput.Of(result), Contract.Options);
    }

    private static IResult TooLarge(string said) => ApiProblem.Said("too-large", "Too large",
        StatusCodes.Status413PayloadTooLarge, $"{said}; expected at most that (the limit of an import). "
        + "Nothing was written.").Result();
}
