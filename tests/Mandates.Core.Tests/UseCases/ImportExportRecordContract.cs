using Mandates.Core.Problems;
using Mandates.Core.Tests.Ledger;
using Mandates.Core.UseCases;
using Xunit;
using static Mandates.Core.Tests.Ledger.SmallLaw;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// import and export as use cases: a store's record written to a folder and read back, through record folders
/// in memory.
/// </summary>
public abstract class ImportExportRecordContract
{
    /// <summary>A store that exists, empty: each test gets its own.</summary>
    protected abstract IStoreOpener NewStore();

    /// <summary>Sessions over a new store under the small law (a ceiling of 3) at its start, record folders in
    /// memory.</summary>
    private Sessions NewHost() => new(NewStore(), SmallLaw.Files()) { User = "tester" };

    [Fact]
    public void An_import_into_a_new_store_says_so_and_the_same_record_again_changes_nothing()
    {
        var host = NewHost();
        host.Folders.Held["record"] = Files(ceiling: 5);
        using (var session = host.Open())
        {
            var first = ImportRecord.Run(session, new ImportRequest("record"));
            Assert.True(first.NewStore);
            Assert.Equal(["operations/tst.yaml"], first.Paths);
        }
        using (var session = host.Open())
        {
            var again = ImportRecord.Run(session, new ImportRequest("record"));
            Assert.Empty(again.Appended);
            Assert.False(again.NewStore);
            Assert.Same(BrokenTours.None, again.Broken);
        }
    }

    [Fact]
    public void Export_writes_the_store_s_record_which_imports_back_unchanged()
    {
        var host = NewHost();
        using (var session = host.Open())
        {
            var export = ExportRecord.Run(session, new ExportRequest("exported"));
            Assert.Equal("/exported", export.Folder);
            Assert.Null(export.DoesNotLoad);
            Assert.Equal(export.Files, host.Folders.Held["exported"]);
        }
        using (var session = host.Open())
            Assert.Empty(ImportRecord.Run(session, new ImportRequest("exported")).Appended);
    }

    [Theory]
    [InlineData("", "an empty path")]
    [InlineData("a\nb", "holds a line break")]
    [InlineData("bundled", "is not a new or empty folder")]
    public void A_folder_export_cannot_write_into_is_refused_before_the_store_is_opened(string folder, string says)
    {
        var host = NewHost();
        using var session = host.Open();
        var problem = Assert.Throws<ProblemException>(() => ExportRecord.Run(session, new ExportRequest(folder)))
            .Problem;
        Assert.Equal("folder", problem.Field);
        Assert.Contains(says, problem.ToString());
        Assert.Equal(0, host.Opened);
    }
}

/// <summary>The contract on the in-memory store.</summary>
public sealed class MemoryImportExportRecordTests : ImportExportRecordContract
{
    protected override IStoreOpener NewStore() => new MemoryStoreOpener(exists: true);
}
