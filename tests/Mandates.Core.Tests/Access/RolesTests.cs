using Mandates.Core.Access;
using Xunit;

namespace Mandates.Core.Tests.Access;

public class RolesTests
{
    [Theory]
    [InlineData(Role.Viewer, "")]
    [InlineData(Role.Operations, "RecordTours")]
    [InlineData(Role.Parliament, "RecordDecisions")]
    [InlineData(Role.Admin, "ChangeLegalActs Import ManageUsers")]
    public void Each_role_reads_and_writes_only_what_its_office_decides(Role role, string writes)
    {
        var allowed = Enum.GetValues<Act>().Where(act => act != Act.Read && Roles.May(role, act)).Select(a => $"{a}");
        Assert.Equal(writes, string.Join(' ', allowed));
        Assert.True(Roles.May(role, Act.Read));
    }

    [Theory]
    [InlineData("viewer", Role.Viewer)]
    [InlineData("Operations", Role.Operations)]
    [InlineData(" PARLIAMENT ", Role.Parliament)]
    [InlineData("admin", Role.Admin)]
    public void A_role_is_named_by_its_word_in_any_letter_case(string word, Role role)
    {
        Assert.Equal(role, Roles.Parse(word));
        Assert.Equal(word.Trim().ToLowerInvariant(), Roles.Word(role));
    }

    [Fact]
    public void A_word_that_names_no_role_is_none() => Assert.Null(Roles.Parse("root"));
}
