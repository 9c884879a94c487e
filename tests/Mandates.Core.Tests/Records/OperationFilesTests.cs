using Mandates.Core.Records;
using Xunit;

namespace Mandates.Core.Tests.Records;

/// <summary>Finding one operation's file by its top-level id line, so a question about it parses only that
/// file.</summary>
public class OperationFilesTests
{
    [Theory]
    [InlineData("id: KFOR\nname: x\n", "KFOR")]
    [InlineData("# comment\nid: \"EUTM-MALI\"  # the id\n", "EUTM-MALI")]
    [InlineData("id: 'isaf'\n", "isaf")]
    [InlineData("name: x\nmandates:\n  - id: KFOR-2025\n", null)]           // only a mandate's id, indented
    [InlineData("id: A\nnote: >-\n  x\nid: B\n", null)]                       // two: not certain which
    [InlineData("id: A\n---\nid: B\n", null)]                                 // a second document
    [InlineData("id:\n", null)]
    public void TopLevelId_reads_the_plain_id_line_at_the_first_column(string text, string? id) =>
        Assert.Equal(id, OperationFiles.TopLevelId(text));

    private static readonly RecordFile Act = new("legal-acts/a.yaml", "id: a\n");
    private static readonly RecordFile Calendar = new("sitting-calendar.yaml", "source: x\n");
    private static readonly RecordFile Kfor = new("operations/kfor.yaml", "id: KFOR\n");
    private static readonly RecordFile Isaf = new("operations/isaf.yaml", "id: ISAF\n");

    [Fact]
    public void Part_holds_the_legal_acts_the_calendar_and_the_one_operation_asked_for_in_any_case() =>
        Assert.Equal([Act, Calendar, Isaf], OperationFiles.Part([Act, Calendar, Kfor, Isaf], "isaf"));

    [Fact]
    public void Part_is_null_where_no_file_or_two_name_the_operation_or_one_has_no_plain_id()
    {
        Assert.Null(OperationFiles.Part([Act, Kfor, Isaf], "RSM"));
        Assert.Null(OperationFiles.Part([Act, Kfor, Kfor with { Path = "operations/kfor2.yaml" }], "KFOR"));
        Assert.Null(OperationFiles.Part([Act, Kfor, new RecordFile("operations/x.yaml", "{id: X}\n")], "KFOR"));
    }
}
