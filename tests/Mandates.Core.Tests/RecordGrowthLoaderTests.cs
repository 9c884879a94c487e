using Mandates.Core.Records;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests;

/// <summary>
/// The keys the historical record needs (docs/record-format.md): a ceiling that changes within one
/// mandate, and reported strength. Good files load with every value; bad ones are refused at the place,
/// with the value and what was expected.
/// </summary>
public class RecordGrowthLoaderTests
{
    private const string Act = """
        id: unscr-1386
        kind: un-security-council-resolution
        title: United Nations Security Council Resolution 1386 (2001)
        short: UNSCR 1386
        adopted: 2001-12-20
        until: open
        source: https://undocs.org/S/RES/1386(2001)
        """;

    // Line numbers below count from 1 at "id: ISAF".
    private const string Operation = """
        id: ISAF
        name: ISAF
        lead: NATO
        source: operation source
        reported-strength:
          - date: 2002-06-30
            persons: 1200
            approximate: true
          - date: 2002-12-31
            persons: 1300
            source: figure source
            verified: false
            note: a press figure
        mandates:
          - id: ISAF-2001
            procedure: regular
            source: Drucksache 14/7930
            vote: {date: 2001-12-22, result: adopted}
            end: 2002-12-20
            requires: [unscr-1386]
            ceiling: 1200
            ceiling-changes:
              - from: 2002-06-14
                persons: 1400
                until: 2002-09-30
                source: Drucksache 14/9246
              - from: 2002-11-01
                persons: 1000
        """;

    private static string Figures =>
        Operation[Operation.IndexOf("reported-strength:", StringComparison.Ordinal)..Operation.IndexOf("mandates:",
            StringComparison.Ordinal)];

    private static LoadResult Load(string operation) => RecordLoader.Load(
        [new RecordFile("legal-acts/unscr-1386.yaml", Act), new RecordFile("operations/isaf.yaml", operation)]);

    private static LoadError SingleError(string operation)
    {
        var result = Load(operation);
        Assert.Null(result.Record);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Ceiling_changes_load_oldest_first_with_their_days_and_sources()
    {
        var result = Load(Operation);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var mandate = result.Record!.Operations.Single().Mandates.Single();
        Assert.Equal(1200, mandate.Ceiling.Persons);
        var changes = mandate.CeilingChanges;
        Assert.Equal([(new LocalDate(2002, 6, 14), 1400, (LocalDate?)new LocalDate(2002, 9, 30)),
            (new LocalDate(2002, 11, 1), 1000, null)], changes.Select(c => (c.From, c.Persons, c.Until)));
        Assert.Equal("Drucksache 14/9246", changes[0].Provenance.Resolve(mandate.Source).Reference);
        Assert.Equal("Drucksache 14/7930", changes[1].Provenance.Resolve(mandate.Source).Reference);
    }

    [Fact]
    public void Reported_strength_loads_with_approximation_and_a_source_of_its_own_or_the_operations()
    {
        var result = Load(Operation);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var operation = result.Record!.Operations.Single();
        var figures = operation.ReportedStrength;
        Assert.Equal([(new LocalDate(2002, 6, 30), 1200, true), (new LocalDate(2002, 12, 31), 1300, false)],
            figures.Select(r => (r.Date, r.Persons, r.Approximate)));
        Assert.Equal("operation source", figures[0].Provenance.Resolve(operation.Source).Reference);
        var own = figures[1].Provenance.Resolve(operation.Source);
        Assert.Equal(("figure source", false, "a press figure"), (own.Reference, own.Verified, own.Note));
    }

    [Fact]
    public void An_operation_without_the_new_keys_loads_with_none()
    {
        var plain = Operation.Replace(Figures, "");
        plain = plain[..plain.IndexOf("    ceiling-changes:")];
        var result = Load(plain);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Record!.Operations.Single().ReportedStrength);
        Assert.Empty(result.Record.Operations.Single().Mandates.Single().CeilingChanges);
    }

    [Theory]
    [InlineData("persons: 1400", "persons: 0", 24, "mandates[0].ceiling-changes[0].persons", "0",
        "from 1 to 1,000,000")]
    [InlineData("persons: 1400", "persons: '1400'", 24, "mandates[0].ceiling-changes[0].persons", "1400",
        "without quotes")]
    [InlineData("until: 2002-09-30", "until: 2002-06-13", 25, "mandates[0].ceiling-changes[0].until", "2002-06-13",
        "a day on or after the change's first day (2002-06-14)")]
    [InlineData("from: 2002-11-01", "from: 2002-09-30", 27, "mandates[0].ceiling-changes[1].from", "2002-09-30",
        "a day after the temporary change before it ends (2002-09-30)")]
    [InlineData("from: 2002-11-01", "from: 2002-12-21", 27, "mandates[0].ceiling-changes[1].from", "2002-12-21",
        "a day on or before the mandate's end (2002-12-20)")]
    [InlineData("from: 2002-06-14", "from: 14.06.2002", 23, "mandates[0].ceiling-changes[0].from", "14.06.2002",
        "a calendar day like 2025-06-26")]
    [InlineData("persons: 1000", "persons: 1000\n        strength: 3", 29, "mandates[0].ceiling-changes[1].strength",
        "strength",
        "one of the known fields: from, persons, until, source, verified, note")]
    [InlineData("persons: 1300", "persons: -5", 10, "reported-strength[1].persons", "-5", "from 0 to 1,000,000")]
    [InlineData("approximate: true", "approximate: about", 8, "reported-strength[0].approximate", "about",
        "true or false")]
    [InlineData("date: 2002-12-31", "date: 2002-06-30", 9, "reported-strength[1].date", "2002-06-30",
        "a day after the figure before it (2002-06-30): reported-strength is oldest first, one figure a day")]
    public void A_bad_value_is_refused_at_its_place_with_what_was_expected(
        string from, string to, int line, string field, string value, string expected)
    {
        var error = SingleError(Operation.Replace(from, to));
        Assert.Equal(("operations/isaf.yaml", line, field, value), (error.File, error.Line, error.Field, error.Value));
        Assert.Contains(expected, error.Expected);
    }

    [Theory]
    [InlineData("\n    persons: 1300", "reported-strength[1]")]
    [InlineData("\n        persons: 1000", "mandates[0].ceiling-changes[1]")]
    public void A_figure_or_change_without_persons_is_refused_naming_the_field(string line, string block)
    {
        var error = SingleError(Operation.Replace(line, ""));
        Assert.Equal((block + ".persons", null), (error.Field, error.Value));
        Assert.Contains("the required field 'persons'", error.Expected);
    }

    [Fact]
    public void Reported_strength_that_is_not_a_list_is_refused()
    {
        var error = SingleError(Operation.Replace(Figures, "reported-strength: 2813\n"));
        Assert.Equal(("reported-strength", "2813"), (error.Field, error.Value));
        Assert.Contains("a list of figures, oldest first", error.Expected);
    }
}
