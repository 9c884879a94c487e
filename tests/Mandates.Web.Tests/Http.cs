using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>Requests as a client sends them, and their answers read as JSON.</summary>
internal static class Http
{
    public static async Task<Answer> Get(this HttpClient client, string path) => await Answer.Of(await client.GetAsync(path));

    public static async Task<Answer> Post(this HttpClient client, string path, string body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return await Answer.Of(await client.SendAsync(request));
    }

    /// <summary>A tour's body as JSON.</summary>
    public static string Tour(string person, string from = "2025-07-01", string? to = "2025-12-31",
        string task = "reconnaissance", string operation = "KFOR") =>
        JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["operation"] = operation, ["person"] = person, ["task"] = task, ["from"] = from, ["to"] = to,
        });
}

/// <summary>An answer: its status, headers and body (JSON where it is).</summary>
internal sealed record Answer(HttpStatusCode Status, HttpResponseMessage Response, string Text)
{
    public static async Task<Answer> Of(HttpResponseMessage response) =>
        new(response.StatusCode, response, await response.Content.ReadAsStringAsync());

    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    public string? Media => Response.Content.Headers.ContentType?.MediaType;

    /// <summary>Asserts the status, showing the body when it is another.</summary>
    public Answer Is(HttpStatusCode expected)
    {
        Assert.True(Status == expected, $"expected {(int)expected} {expected}, got {(int)Status} {Status}: {Text}");
        return this;
    }

    /// <summary>Asserts problem details (RFC 7807) with this status that name <paramref name="field"/>.</summary>
    public Answer Names(HttpStatusCode expected, string field)
    {
        Is(expected);
        Assert.Equal("application/problem+json", Media);
        Assert.Equal(field, Json.GetProperty("field").GetString());
        return this;
    }
}
