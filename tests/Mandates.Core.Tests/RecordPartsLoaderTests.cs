using Mandates.Core.Records;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests;

/// <summary>
/// Withdrawn motions, parallel components and deployments without consent in the record format
/// (docs/record-format.md): good files load; bad ones are refused at the place, with value and expectation.
/// </summary>
public class RecordPartsLoaderTests
{
    // Line numbers below count from 1 at "id: OEF".
    private const string Oef = """
        id: OEF
        name: Operation Enduring Freedom
        lead: United States
        source: operation source
        components:
          - key: maritime
            title: Maritime surveillance off the Horn of Africa
          - key: special-forces
            title: Special forces in Afghanistan
            source: component source
        mandates:
          - id: OEF-2001
            procedure: regular
            component: maritime
            source: Drucksache 14/7296
            vote: {date: 2001-11-16, result: adopted}
            end: 2002-11-15
            ceiling: 3900
          - id: OEF-SF-2008
            procedure: regular
            component: special-forces
            source: Drucksache 16/0001
            motion: {document: Drucksache 16/0001, distributed: 2008-10-01}
            withdrawn: {date: 2008-10-08, source: withdrawal source}
            end: open
            ceiling: 100
        """;

    private const string Awacs = """
        id: AWACS-TURKEY
        name: AWACS over Turkey
        lead: NATO
        source: operation source
        deployments-without-consent:
          - from: 2003-02-26
            to: 2003-04-17
            why: no consent sought
            ruling: BVerfGE 121, 135 (2 BvE 1/03, 7 May 2008)
        """;

    private static LoadResult Load(string path, string text) => RecordLoader.Load([new RecordFile(path, text)]);

    private static LoadError SingleError(string path, string text)
    {
        var result = Load(path, text);
        Assert.Null(result.Record);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Components_and_a_withdrawn_motion_load()
    {
        var result = Load("operations/oef.yaml", Oef);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var operation = result.Record!.Operations.Single();
        Assert.Equal(["maritime", "special-forces"], operation.Components.Select(c => c.Key));
        Assert.Equal("component source", operation.Components[1].Provenance.Resolve(operation.Source).Reference);
        Assert.Equal(["maritime", "special-forces"], operation.Mandates.Select(m => m.Component));
        var withdrawn = operation.Mandates[1];
        Assert.Equal(new LocalDate(2008, 10, 8), withdrawn.Withdrawn!.Date);
        Assert.Equal("withdrawal source", withdrawn.Withdrawn.Provenance.Resolve(withdrawn.Source).Reference);
        Assert.Null(withdrawn.ConsentBegins);
    }

    [Fact]
    public void An_operation_with_only_deployments_without_consent_loads_without_mandates()
    {
        var result = Load("operations/awacs-turkey.yaml", Awacs);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var operation = result.Record!.Operations.Single();
        Assert.Empty(operation.Mandates);
        var deployment = Assert.Single(operation.DeploymentsWithoutConsent);
        Assert.Equal((new LocalDate(2003, 2, 26), new LocalDate(2003, 4, 17), "no consent sought"),
            (deployment.From, deployment.To, deployment.Why));
        Assert.Equal("BVerfGE 121, 135 (2 BvE 1/03, 7 May 2008)", deployment.Ruling);
        Assert.Null(deployment.Persons);
    }

    [Theory]
    [InlineData("component: maritime", "component: air", 14, "mandates[0].component", "air",
        "the key of one of the operation's components (maritime, special-forces)")]
    [InlineData("    component: maritime\n", "", 12, "mandates[0].component", null,
        "the required field 'component': the key of one of the operation's components")]
    [InlineData("withdrawn: {date: 2008-10-08", "withdrawn: {date: 2008-09-30", 24, "mandates[1].withdrawn.date",
        "2008-09-30", "a day on or after the motion's distribution (2008-10-01)")]
    [InlineData("motion: {document: Drucksache 16/0001, distributed: 2008-10-01}",
        "vote: {date: 2008-10-02, result: rejected}", 24, "mandates[1].withdrawn", null,
        "no withdrawal: the Bundestag decided the motion by its vote of 2008-10-02")]
    [InlineData("withdrawn: {date: 2008-10-08,", "withdrawn: {date: 2008-10-08, by: minister,", 24,
        "mandates[1].withdrawn.by", "by", "one of the known fields: date, source, verified, note")]
    public void A_bad_component_or_withdrawal_is_refused_at_its_place(
        string from, string to, int line, string field, string? value, string expected)
    {
        var error = SingleError("operations/oef.yaml", Oef.Replace(from, to));
        Assert.Equal((line, field, value), (error.Line, error.Field, error.Value));
        Assert.Contains(expected, error.Expected);
    }

    [Fact]
    public void A_component_key_used_twice_is_refused_and_so_is_the_mandate_naming_the_lost_one()
    {
        var result = Load("operations/oef.yaml", Oef.Replace("key: special-forces", "key: MARITIME"));
        Assert.Equal([("components[1].key", "MARITIME"), ("mandates[1].component", "special-forces")],
            result.Errors.Select(e => (e.Field, e.Value)));
        Assert.Contains("a key not used twice in components", result.Errors[0].Expected);
    }

    [Fact]
    public void A_component_named_in_an_operation_without_components_is_refused()
    {
        var text = Oef.Replace(Oef[Oef.IndexOf("components:", StringComparison.Ordinal)..Oef.IndexOf("mandates:",
            StringComparison.Ordinal)], "");
        var result = Load("operations/oef.yaml", text);
        Assert.Equal(["mandates[0].component", "mandates[1].component"], result.Errors.Select(e => e.Field));
        Assert.Contains("the operation lists no components", result.Errors[0].Expected);
    }

    [Theory]
    [InlineData("to: 2003-04-17", "to: 2003-02-25", 7, "deployments-without-consent[0].to", "2003-02-25",
        "a day on or after the deployment's first day (2003-02-26)")]
    [InlineData("    to: 2003-04-17\n", "", 6, "deployments-without-consent[0].to", null, "the required field 'to'")]
    [InlineData("    why: no consent sought\n", "", 6, "deployments-without-consent[0].why", null,
        "the required field 'why'")]
    [InlineData("why: no consent sought", "why: no consent sought\n    persons: 0", 9,
        "deployments-without-consent[0].persons", "0", "from 1 to 1,000,000")]
    public void A_bad_deployment_without_consent_is_refused_at_its_place(
        string from, string to, int line, string field, string? value, string expected)
    {
        var error = SingleError("operations/awacs-turkey.yaml", Awacs.Replace(from, to));
        Assert.Equal((line, field, value), (error.Line, error.Field, error.Value));
        Assert.Contains(expected, error.Expected);
    }

    [Fact]
    public void An_operation_with_neither_mandates_nor_deployments_without_consent_is_refused()
    {
        var text = Awacs[..Awacs.IndexOf("deployments-without-consent:", StringComparison.Ordinal)];
        var error = SingleError("operations/awacs-turkey.yaml", text);
        Assert.Equal(("mandates", null), (error.Field, error.Value));
        Assert.Contains("an operation without mandates lists its deployments-without-consent", error.Expected);
    }
}
