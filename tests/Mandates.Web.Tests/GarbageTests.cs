using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// Whatever a client sends, the answer is never a 500: garbage in every query value, every route value and every
/// body, sent by a user whose role reaches every route's use case, gets a 4xx naming what was wrong.
/// </summary>
public sealed class GarbageTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    private static readonly string[] Values =
        ["", "%00", "-1", "99999999999999999999", "2025-02-30", "x%27%22%3C", "%E2%80%AE", new string('9', 300), "null"];

    private static readonly string[] Bodies =
        ["", "not json", "[]", "null", "{", "{\"from\":5}", "{\"operation\":[1]}", "{\"cancel\":\"yes\"}",
         "{\"person\":\"P-1\",\"extra\":1}", "\"text\""];

    [Fact]
    public async Task Garbage_sent_to_every_route_is_never_a_server_error()
    {
        var errors = new List<string>();
        foreach (var route in Routes.All(1))
        {
            var user = route.Act switch
            {
                Core.Access.Act.RecordTours => "operations", Core.Access.Act.RecordDecisions => "parliament", _ => "admin",
            };
            var client = server.Client(user);
            foreach (var value in Values)
            {
                var path = route.Path.Replace("KFOR", value.Length == 0 ? "%20" : value).Replace("/1/", $"/{value}/");
                var query = string.Join('&', new[] { "on", "from", "to", "add", "task", "area", "exception", "by",
                    "asRecordedAt", "operation", "anchor", "strength" }.Select(k => $"{k}={value}"));
                var answer = route.Method == "GET"
                    ? await client.Get(path.Split('?')[0] + "?" + query)
                    : await client.Post(path, route.Body!, key: value.Length == 0 ? null : value);
                if ((int)answer.Status >= 500) errors.Add($"{route} {path}?{query}: {(int)answer.Status} {answer.Text}");
            }
            if (route.Method == "POST")
                foreach (var body in Bodies)
                {
                    var answer = await client.Post(route.Path, body);
                    if ((int)answer.Status >= 500) errors.Add($"{route} body {body}: {(int)answer.Status} {answer.Text}");
                }
        }
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task Garbage_zipped_for_an_import_is_never_a_server_error()
    {
        var whole = Uploads.Zip(Uploads.Bundled());
        var bodies = new List<byte[]>
        {
            Array.Empty<byte>(), "PK"u8.ToArray(), whole[..(whole.Length / 2)],
            whole.Select((b, i) => i % 97 == 50 ? (byte)(b ^ 0xFF) : b).ToArray(),
            Uploads.Zip(new Dictionary<string, string>()),
            Uploads.Zip(new Dictionary<string, string> { ["legal-acts/"] = "", ["operations/"] = "" }),
        };
        foreach (var name in new[] { "/", "a//b.yaml", "./x.yaml", "x\u0000.yaml", new string('a', 300) + ".yaml",
            string.Concat(Enumerable.Repeat("d/", 40)) + "x.yaml", "sitting-calendar.yaml/x.yaml", "%2e%2e/x.yaml" })
        {
            var files = Uploads.Bundled();
            files[name] = "id: x";
            bodies.Add(Uploads.Zip(files));
        }
        var notUtf8 = Uploads.Bundled().ToDictionary(f => f.Key, f => System.Text.Encoding.UTF8.GetBytes(f.Value));
        notUtf8["operations/latin1.yaml"] = [0x69, 0x64, 0x3a, 0x20, 0xe4, 0xff];
        bodies.Add(Uploads.Zip(notUtf8));
        var errors = new List<string>();
        var admin = server.Client("admin");
        foreach (var (body, i) in bodies.Select((b, i) => (b, i)))
        {
            var answer = await admin.Import(body, key: i % 2 == 0 ? null : $"garbage-{i}");
            if ((int)answer.Status >= 500) errors.Add($"body {i}: {(int)answer.Status} {answer.Text}");
        }
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
