using Mandates.Core.Problems;
using Mandates.Core.UseCases;
using Xunit;
using static Mandates.Core.Tests.Ledger.SmallLaw;

namespace Mandates.Core.Tests.UseCases;

/// <summary>
/// import and export as use cases: a store's record written to a folder and read back, through record folders
/// in memory.
/// </summary>
public sealed class ImportExportRecordTests
{
    [Fact]
    public void An_import_into_a_new_store_says_so_and_the_same_record_again_changes_nothing()
    {
        var host = new StoreCommandsSession();
        host.RecordFolders.Held["record"] = Files(ceiling: 5);
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
        var host = new StoreCommandsSession();
        using (var session = host.Open())
        {
            var export = ExportRecord.Run(session, new ExportRequest("exported"));
            Assert.Equal("/exported", export.Folder);
            Assert.Null(export.DoesNotLoad);
            Assert.Equal(export.Files, host.RecordFolders.Held["exported"]);
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
        var host = new StoreCommandsSession();
        using var session = host.Open();
        var problem = Assert.Throws<ProblemException>(() => ExportRecord.Run(session, new ExportRequest(folder)))
            .Problem;
        Assert.Equal("folder", problem.Field);
        Assert.Contains(says, problem.ToString());
        Assert.Equal(0, host.Opened);
    }
}
