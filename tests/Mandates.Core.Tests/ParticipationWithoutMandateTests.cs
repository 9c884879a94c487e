using Mandates.Core.Law;
using Mandates.Core.Records;
using Mandates.Core.Rules;
using NodaTime;
using Xunit;

namespace Mandates.Core.Tests;

/// <summary>
/// <c>participation-without-mandate</c> (docs/record-format.md): participation that needs no consent, such as
/// unarmed observers. A good file loads and exports back to the same operation; a bad one is refused at the place,
/// with value and expectation; and the participation authorises no armed deployment.
/// </summary>
public class ParticipationWithoutMandateTests
{
    // Line numbers below count from 1 at "id: MINURSO".
    private const string Minurso = """
        id: MINURSO
        name: United Nations Mission for the Referendum in Western Sahara
        lead: UN
        source: operation source
        participation-without-mandate:
          - from: 2013-10-16
            to: open
            persons: 4
            why: unarmed military observers
            source: release of 16 October 2013
            verified: false
            note: the day of the cabinet's decision
        """;

    private static LoadResult Load(string text) =>
        RecordLoader.Load([new RecordFile("operations/minurso.yaml", text)]);

    private static LoadError SingleError(string text)
    {
        var result = Load(text);
        Assert.Null(result.Record);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void An_operation_with_only_participation_without_a_mandate_loads_without_mandates()
    {
        var result = Load(Minurso);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var operation = result.Record!.Operations.Single();
        Assert.Empty(operation.Mandates);
        Assert.Empty(operation.DeploymentsWithoutConsent);
        var p = Assert.Single(operation.ParticipationWithoutMandate);
        Assert.Equal((new LocalDate(2013, 10, 16), (LocalDate?)null, (int?)4, "unarmed military observers"),
            (p.From, p.To, p.Persons, p.Why));
        Assert.Equal(("release of 16 October 2013", false, "the day of the cabinet's decision"),
            (p.Source.Reference, p.Source.Verified, p.Source.Note));
        Assert.True(p.Covers(new LocalDate(2020, 6, 1)));
        Assert.False(p.Covers(new LocalDate(2013, 10, 15)));
    }

    [Theory]
    [InlineData("to: open", "to: 2013-01-01", 7, "participation-without-mandate[0].to", "2013-01-01",
        "a day on or after the participation's first day (2013-10-16), or 'open'")]
    [InlineData("to: open", "to: soon", 7, "participation-without-mandate[0].to", "soon", "or 'open'")]
    [InlineData("persons: 4", "persons: 0", 8, "participation-without-mandate[0].persons", "0",
        "how many soldiers at most")]
    [InlineData("    persons: 4\n", "    persons: 4\n    ruling: none\n", 9, "participation-without-mandate[0].ruling",
        "ruling", "one of the known fields")]
    public void A_bad_participation_is_refused_at_its_place(
        string from, string to, int line, string field, string value, string expected)
    {
        var error = SingleError(Minurso.Replace(from, to));
        Assert.Equal((line, field, value), (error.Line, error.Field, error.Value));
        Assert.Contains(expected, error.Expected);
    }

    [Theory]
    [InlineData("    why: unarmed military observers\n", "participation-without-mandate[0].why",
        "why no consent is needed")]
    [InlineData("    source: release of 16 October 2013\n", "participation-without-mandate[0].source",
        "the document these facts come from")]
    public void A_participation_without_its_reason_or_source_is_refused(string line, string field, string expected)
    {
        var error = SingleError(Minurso.Replace(line, ""));
        Assert.Equal((field, (string?)null), (error.Field, error.Value));
        Assert.Contains(expected, error.Expected);
    }

    [Fact]
    public void Export_writes_the_participation_back_and_the_export_loads_to_the_same_operation()
    {
        var operation = Load(Minurso).Record!.Operations.Single();
        var file = RecordWriter.Write(operation);
        Assert.Contains("participation-without-mandate:", file.Text);
        Assert.Contains("to: open", file.Text);
        Assert.DoesNotContain("mandates:", file.Text.Replace("participation-without-mandate:", ""));
        var again = Load(file.Text);
        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        Assert.Equal(operation, again.Record!.Operations.Single());
    }

    [Fact]
    public void The_participation_authorises_no_armed_deployment_check_refuses_for_want_of_consent()
    {
        var record = Load(Minurso).Record!;
        var decision = new Authoriser(record).Authorise(
            DeploymentRequest.On(new OperationId("MINURSO"), new LocalDate(2020, 6, 1), 1), ConstantStrength.None);
        Assert.False(decision.Authorised);
        Assert.Equal(Outcome.NotMet, decision.For(Rulebook.Consent).Outcome);
    }
}
