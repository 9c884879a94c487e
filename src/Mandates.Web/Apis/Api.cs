using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Mandates.Core.Contracts;
using Mandates.Core.Ledger;
using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using NodaTime;

namespace Mandates.Web.Apis;

/// <summary>
/// What every endpoint does around its one use case: a session over the shared ledger for the caller, the
/// query's and the body's values read with Core's checks (each problem naming the field), and the answer as a
/// contract or as problem details.
/// </summary>
internal static class Api
{
    /// <summary>Who asks: the signed-in user, whose name every write is recorded under.</summary>
    public static Caller Caller(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<ServeOptions>();
        return new Caller(options.Clock, Who(http));
    }

    /// <summary>
    /// The name a write is recorded under: the signed-in user's, never one the client sends. Nobody's for a read
    /// without a user (anonymous reads): a read records nothing, and a write needs a user (see ActPolicies).
    /// </summary>
    private static Func<string> Who(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { } name } ? () => name
        : () => throw new InvalidOperationException("A write without a signed-in user passed the authorisation.");

    public static SharedLedger Ledger(HttpContext http) => http.RequestServices.GetRequiredService<SharedLedger>();

    /// <summary>Runs a use case that only reads and sends its answer as a contract (200).</summary>
    public static IResult Read<T>(HttpContext http, Func<Session, T> use) =>
        Results.Json(Ledger(http).Read(Caller(http), use), Contract.Options);

    /// <summary>
    /// Runs a use case that writes a tour and says what became of it: written (<paramref name="created"/> or 200, the
    /// entry with its ledger position), refused by the law (422, the decision), or in conflict with what the ledger
    /// holds (409, naming the field).
    /// </summary>
    public static IResult Write(HttpContext http, Func<Session, WriteResult> use, bool created = false)
    {
        var result = Ledger(http).Write(Caller(http), use);
        switch (result.Outcome)
        {
            case WriteOutcome.Written written:
                var status = created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
                if (created) http.Response.Headers.Location = $"/api/tours/{written.Event.Position}/history";
                return Results.Json(WriteOutput.Of(written, result.Ended), Contract.Options, statusCode: status);
            case WriteOutcome.Refused refused:
                return ApiProblem.Refused(refused.Decision, 1, result.OpenEnded).Result();
            case WriteOutcome.Invalid { Problem.Field: "tour" } invalid:
                // The tour a route names (/tours/{position}/…) is not there: the law never got to decide.
                return ApiProblem.NotFound(invalid.Problem, "position").Result();
            case WriteOutcome.Invalid invalid:
                return ApiProblem.Of(invalid.Problem, StatusCodes.Status409Conflict).Result();
            default:
                throw new InvalidOperationException($"Unknown outcome {result.Outcome}.");
        }
    }

    /// <summary>The Idempotency-Key header, the ledger's key of the write: the same key and body return the first result.</summary>
    public static string? Key(HttpContext http) =>
        http.Request.Headers.TryGetValue("Idempotency-Key", out var key) ? Input.Key("idempotencyKey", key.ToString())
        : null;

    /// <summary>A day the query gives, or <paramref name="otherwise"/> if it gives none.</summary>
    public static LocalDate Day(string field, string? text, LocalDate otherwise) =>
        text is null ? otherwise : Input.Date(field, text);

    /// <summary>Today in Berlin, for the caller.</summary>
    public static LocalDate Today(HttpContext http) => Caller(http).Today;

    /// <summary>A value a body must give; a problem naming the field if it gives none.</summary>
    public static string Required(string field, string? value, string example) =>
        value ?? throw new ProblemException(Problem.Saying(field, null, $"none given; expected a value, e.g. {example}.",
            $"a value", example));

    /// <summary>The most a JSON body may hold: far more than any request of this API.</summary>
    private const long MostJsonBytes = 1 << 20;

    /// <summary>
    /// The JSON body, read with the web's own context: a body that is no JSON, of another shape, or with a key the
    /// API does not know is bad input naming the key where it can. Its digest is kept for <see cref="RecordKey"/>.
    /// </summary>
    public static async Task<T> Body<T>(HttpContext http, JsonTypeInfo<T> info)
    {
        var bytes = await Bytes(http, MostJsonBytes) ?? throw new ProblemException(Problem.Saying("body", null,
            $"is larger than {MostJsonBytes:N0} bytes; expected a JSON object as docs/api.md shows."));
        http.Items[BodyItem] = bytes;
        try
        {
            return JsonSerializer.Deserialize(bytes, info)
                ?? throw new ProblemException(Problem.Saying("body", "null", $"is null; expected a JSON object."));
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal)
                ? path[2..] : "body";
            throw new ProblemException(Problem.Saying(field, null,
                $"the body is not the JSON expected here: {e.Message}", $"a JSON object as docs/api.md shows"));
        }
    }

    private const string BodyItem = "mandates.body";

    /// <summary>The whole body, or null if it holds more than <paramref name="most"/> bytes (nothing more is
    /// read).</summary>
    public static async Task<byte[]?> Bytes(HttpContext http, long most)
    {
        if (http.Request.ContentLength > most) return null;
        // Kestrel's own limit (30 MB) would cut a larger allowance short with an error of its own.
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is
            { IsReadOnly: false } limit) limit.MaxRequestBodySize = most + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int n;
        while ((n = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + n > most) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The Idempotency-Key of a write of record files (a decision, an import), with what tells its request from
    /// another: the route and the SHA-256 of the body as sent (<paramref name="body"/>, else the JSON body read).
    /// The same key with a byte-for-byte same body is the same request.
    /// </summary>
    public static RecordKey? RecordKey(HttpContext http, byte[]? body = null)
    {
        if (Key(http) is not { } key) return null;
        var sent = body ?? http.Items[BodyItem] as byte[] ?? [];
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(sent));
        return new RecordKey(key, $"{http.Request.Method} {http.Request.Path} sha256:{digest}");
    }
}
