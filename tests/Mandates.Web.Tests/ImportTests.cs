using System.Net;
using Xunit;

namespace Mandates.Web.Tests;

/// <summary>
/// POST /api/import on a real SQLite file: a record folder zipped, brought into the store's record as
/// <c>mandates import</c> does (a changed file a new entry, the same again nothing), refused whole on any problem
/// or above a limit, with nothing written then.
/// </summary>
public sealed class ImportTests(SqliteServer fixture) : IClassFixture<SqliteServer>
{
    private readonly Server server = fixture.Server;

    private async Task<long> Entries() =>
        (await server.Client("viewer").Get("/api/verify")).Is(HttpStatusCode.OK)
            .Json.GetProperty("checked").GetInt64();

    [Fact]
    public async Task A_changed_file_is_recorded_and_the_same_record_again_changes_nothing()
    {
        var admin = server.Client("admin");
        var upload = Uploads.Zip(Uploads.Changed("no official source seen, said the import test."));
        var first = (await admin.Import(upload)).Is(HttpStatusCode.OK).Json;
        Assert.Equal(1, first.GetProperty("changed").GetInt32());
        Assert.Equal(["operations/kfor.yaml"], first.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        var after = await Entries();
        var again = (await admin.Import(upload)).Is(HttpStatusCode.OK).Json;
        Assert.Equal(0, again.GetProperty("changed").GetInt32());
        Assert.Equal(Uploads.Bundled().Count, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(after, await Entries());
    }

    [Fact]
    public async Task A_zip_of_the_folder_itself_is_taken_as_the_folder()
    {
        var files = Uploads.Bundled().ToDictionary(f => "data/" + f.Key, f => f.Value);
        (await server.Client("admin").Import(Uploads.Zip(files))).Is(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_record_with_a_problem_is_refused_whole_naming_the_file_and_nothing_is_written()
    {
        var before = await Entries();
        var files = Uploads.Changed();
        files["operations/aspides.yaml"] = files["operations/aspides.yaml"].Replace("id:", "idd:");
        var answer = (await server.Client("admin").Import(Uploads.Zip(files)))
            .Names(HttpStatusCode.BadRequest, "operations/aspides.yaml");
        Assert.Contains("operations/aspides.yaml", answer.Json.GetProperty("detail").GetString());
        Assert.Equal(before, await Entries());
    }

    [Theory]
    [InlineData("../operations/evil.yaml")]
    [InlineData("/etc/evil.yaml")]
    [InlineData("operations/../../evil.yaml")]
    [InlineData("C:\\evil.yaml")]
    [InlineData("operations\\evil.yaml")]
    public async Task A_path_that_leaves_the_folder_is_refused_naming_it(string path)
    {
        var before = await Entries();
        var files = Uploads.Changed();
        files[path] = "id: evil\n";
        var answer = (await server.Client("admin").Import(Uploads.Zip(files)))
            .Names(HttpStatusCode.BadRequest, path);
        Assert.Contains("Nothing was written", answer.Json.GetProperty("detail").GetString());
        Assert.Equal(before, await Entries());
    }

    [Fact]
    public async Task A_body_that_is_no_zip_or_no_whole_folder_is_bad_input_and_another_media_type_is_415()
    {
        var admin = server.Client("admin");
        (await admin.Import("not a zip"u8.ToArray())).Names(HttpStatusCode.BadRequest, "body");
        (await admin.Import(Uploads.Zip(new Dictionary<string, string> { ["operations/kfor.yaml"] = "id: KFOR" })))
            .Names(HttpStatusCode.BadRequest, "body");
        (await admin.Import(Uploads.Zip(Uploads.Bundled()), media: "application/json"))
            .Is(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Only_an_admin_may_import()
    {
        foreach (var user in new[] { "viewer", "operations", "parliament" })
            (await server.Client(user).Import(Uploads.Zip(Uploads.Bundled()))).Is(HttpStatusCode.Forbidden);
        (await server.Client().Import(Uploads.Zip(Uploads.Bundled()))).Is(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_same_key_and_zip_return_the_first_result_another_zip_conflicts_a_bad_key_is_refused()
    {
        var admin = server.Client("admin");
        var upload = Uploads.Zip(Uploads.Changed("no official source seen, keyed."));
        var first = (await admin.Import(upload, key: "import-1")).Is(HttpStatusCode.OK);
        var after = await Entries();
        var again = (await admin.Import(upload, key: "import-1")).Is(HttpStatusCode.OK);
        Assert.Equal(first.Text, again.Text);
        Assert.Equal(after, await Entries());
        (await admin.Import(Uploads.Zip(Uploads.Bundled()), key: "import-1"))
            .Names(HttpStatusCode.Conflict, "idempotencyKey");
        (await admin.Import(upload, key: "a key with spaces")).Names(HttpStatusCode.BadRequest, "idempotencyKey");
        (await admin.Import(upload, key: new string('k', 201))).Names(HttpStatusCode.BadRequest, "idempotencyKey");
        Assert.Equal(after, await Entries());
    }
}

/// <summary>The limits of an import, on a server whose limits are small enough to reach in a test.</summary>
public sealed class ImportLimitTests : IAsyncLifetime
{
    private readonly SqliteFile file = new();
    private Server server = null!;
    private static readonly int Files = Uploads.Bundled().Count;

    public async Task InitializeAsync() => server = await Server.Start(file.Path,
        import: new ImportLimits(MostBodyBytes: 2 << 20, MostUnpackedBytes: 4 << 20, MostEntries: Files + 20,
            MostFiles: Files + 10));

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        file.Dispose();
    }

    private async Task<long> Entries() =>
        (await server.Client("viewer").Get("/api/verify")).Is(HttpStatusCode.OK)
            .Json.GetProperty("checked").GetInt64();

    [Fact]
    public async Task A_body_above_the_limit_is_413_and_writes_nothing()
    {
        var before = await Entries();
        var body = new byte[(2 << 20) + 1];
        Random.Shared.NextBytes(body);
        var answer = (await server.Client("admin").Import(body)).Is(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("2,097,152 bytes", answer.Json.GetProperty("detail").GetString());
        Assert.Equal(before, await Entries());
    }

    [Fact]
    public async Task Files_that_unpack_above_the_limit_are_413()
    {
        var files = Uploads.Changed();
        // Compresses to almost nothing, unpacks to 5 MB: what a zip bomb does.
        files["operations/zzz-padding.yaml"] = "# " + new string(' ', 5 << 20);
        var answer = (await server.Client("admin").Import(Uploads.Zip(files)))
            .Is(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("4,194,304 bytes", answer.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task More_files_than_the_limit_are_bad_input_naming_the_limit()
    {
        var before = await Entries();
        var files = Uploads.Changed();
        for (var i = 0; i < 11; i++) files[$"operations/extra-{i}.yaml"] = "";
        var answer = (await server.Client("admin").Import(Uploads.Zip(files)))
            .Names(HttpStatusCode.BadRequest, "body");
        Assert.Contains($"at most {Files + 10}", answer.Json.GetProperty("detail").GetString());
        Assert.Equal(before, await Entries());
    }
}
