using Mandates.Core.Law;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests;

/// <summary>
/// A mandate that sets no personnel ceiling (the consents of 1994 to the Adriatic embargo and AWACS, and of
/// 1998 to the Kosovo air operations): the record says so with <c>ceiling: none</c>, never by leaving the key
/// out, and the law meets the ceiling rule citing the mandate that sets none, with no headroom to state.
/// </summary>
public class NoCeilingTests
{
    // Line numbers below count from 1 at "id: ADRIATIC".
    private const string Operation = """
        id: ADRIATIC
        name: Adriatic embargo and AWACS
        lead: NATO/WEU
        source: operation source
        mandates:
          - id: ADRIATIC-1994
            procedure: regular
            source: Drucksache 12/8303
            motion: {document: Drucksache 12/8303}
            vote: {date: 1994-07-22, result: adopted}
            end: 1996-10-02
            ceiling: none
            tasks:
              - key: embargo
                title: Embargo in the Adriatic
        """;

    private static LoadResult Load(string operation) =>
        RecordLoader.Load([new RecordFile("operations/adriatic.yaml", operation)]);

    private static Mandate Loaded(string operation)
    {
        var result = Load(operation);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Record!.Operations.Single().Mandates.Single();
    }

    private static LoadError SingleError(string operation)
    {
        var result = Load(operation);
        Assert.Null(result.Record);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Ceiling_none_loads_as_no_ceiling_set_with_the_mandates_source()
    {
        var ceiling = Loaded(Operation).Ceiling;
        Assert.False(ceiling.IsSet);
        Assert.Null(ceiling.Persons);
        Assert.Equal("no ceiling", ceiling.ToString());
    }

    [Fact]
    public void The_long_form_says_none_with_a_source_and_a_note_of_its_own()
    {
        var mandate = Loaded(Operation.Replace("    ceiling: none",
            "    ceiling: {persons: none, source: the motion, verified: false, note: not seen}"));
        Assert.Null(mandate.Ceiling.Persons);
        var source = mandate.Ceiling.Provenance.Resolve(mandate.Source);
        Assert.Equal(("the motion", false, "not seen"), (source.Reference, source.Verified, source.Note));
    }

    [Theory]
    [InlineData("    ceiling: 'none'", "'none' where the decision sets no ceiling, or {persons: 400, source: …}, "
        + "written without quotes")]
    [InlineData("    ceiling: nothing", "'none' where the decision sets no ceiling")]
    [InlineData("    ceiling: 0", "a whole number from 1 to 1,000,000")]
    public void A_ceiling_that_is_neither_a_number_nor_none_is_refused_at_its_line(string line, string expected)
    {
        var error = SingleError(Operation.Replace("    ceiling: none", line));
        Assert.Equal((12, "mandates[0].ceiling"), (error.Line, error.Field));
        Assert.Contains(expected, error.Expected);
    }

    [Fact]
    public void A_missing_ceiling_is_refused_not_read_as_none()
    {
        var error = SingleError(Operation.Replace("    ceiling: none\n", ""));
        Assert.Equal("mandates[0].ceiling", error.Field);
        Assert.Null(error.Value);
    }

    [Fact]
    public void Export_writes_none_back_and_the_export_loads_to_the_same_mandate()
    {
        var record = Load(Operation).Record!;
        var file = RecordWriter.Write(record.Operations.Single());
        Assert.Contains("ceiling: none", file.Text);
        var again = Loaded(file.Text);
        Assert.Equal(record.Operations.Single().Mandates.Single(), again);
    }

    [Fact]
    public void Any_number_is_within_a_mandate_that_sets_no_ceiling_and_the_finding_cites_it()
    {
        var record = Load(Operation).Record!;
        var decision = new Authoriser(record).Authorise(
            DeploymentRequest.On(new OperationId("ADRIATIC"), new LocalDate(1995, 1, 10), 250_000),
            ConstantStrength.None);
        Assert.True(decision.Authorised);
        Assert.Null(decision.Headroom);
        var ceiling = decision.For(Rulebook.Ceiling);
        Assert.Equal(Outcome.Met, ceiling.Outcome);
        Assert.Contains("ADRIATIC-1994 (Drucksache 12/8303) sets no ceiling", ceiling.Reason);
        var cited = Assert.Single(ceiling.Citations);
        Assert.Equal(("ceiling: none set", "Drucksache 12/8303"), (cited.Provision, cited.Document));
    }

    [Fact]
    public void Where_nobody_may_serve_the_headroom_is_none_even_without_a_ceiling()
    {
        var record = Load(Operation).Record!;
        var decision = new Authoriser(record).Authorise(
            DeploymentRequest.On(new OperationId("ADRIATIC"), new LocalDate(1996, 10, 3), 1), ConstantStrength.None);
        Assert.False(decision.Authorised);
        Assert.Equal(0, decision.Headroom);
    }

    [Fact]
    public void The_operations_ceiling_on_a_day_is_none_where_its_mandate_sets_none()
    {
        var operation = Load(Operation).Record!.Operations.Single();
        Assert.Null(Chain.CeilingOn(operation, new LocalDate(1995, 1, 10)));
        Assert.NotNull(Chain.Governing(operation, new LocalDate(1995, 1, 10)));
    }
}
