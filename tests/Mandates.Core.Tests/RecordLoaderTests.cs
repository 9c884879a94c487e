using Mandates.Core.Records;
using Xunit;

namespace Mandates.Core.Tests;

/// <summary>Bad record files are refused whole, each problem named with file, line, column, field, value and what was expected.</summary>
public class RecordLoaderTests
{
    private const string Act = RecordFixtures.Unscr1244;

    private const string Operation = """
        id: KFOR
        name: KFOR
        lead: NATO
        source: test
        mandates:
          - id: KFOR-2025
            procedure: regular
            source: Drucksache 21/230
            motion: {document: Drucksache 21/230}
            vote: {date: 2025-06-26, result: adopted, yes: 391, no: 189, abstentions: 2}
            end: open
            requires: [unscr-1244]
            ceiling: 400
        """;

    private static LoadResult Load(params (string Path, string Text)[] files) =>
        RecordLoader.Load(files.Select(f => new RecordFile(f.Path, f.Text)));

    private static LoadError SingleError(LoadResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Record);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void A_well_formed_record_loads()
    {
        var result = Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(400, result.Record!.Operations.Single().Mandates.Single().Ceiling.Persons);
    }

    [Fact]
    public void An_impossible_date_names_file_line_column_field_and_value()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation.Replace("2025-06-26", "2025-13-01"))));
        Assert.Equal("operations/kfor.yaml", error.File);
        Assert.Equal(10, error.Line);
        Assert.Equal("mandates[0].vote.date", error.Field);
        Assert.Equal("2025-13-01", error.Value);
        Assert.Equal("operations/kfor.yaml:10:18: mandates[0].vote.date: '2025-13-01' is not valid; expected a calendar day like 2025-06-26, from 1900-01-01 to 2199-12-31", error.ToString());
    }

    [Fact]
    public void Malformed_yaml_is_reported_with_its_position_and_nothing_loads()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation.Replace("motion: {document: Drucksache 21/230}", "motion: {document: Drucksache 21/230"))));
        Assert.Equal("operations/kfor.yaml", error.File);
        Assert.Equal("(yaml)", error.Field);
        Assert.StartsWith("well-formed YAML", error.Expected);
        Assert.True(error.Line >= 9, error.ToString());
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation.Replace("    ceiling: 400", ""))));
        Assert.Equal("mandates[0].ceiling", error.Field);
        Assert.Contains("the required field 'ceiling'", error.ToString());
    }

    [Fact]
    public void A_mandate_referring_to_an_unknown_legal_act_is_refused_at_the_reference()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation.Replace("requires: [unscr-1244]", "requires: [unscr-1244, nac-1999-01-30]"))));
        Assert.Equal("mandates[0].requires[1]", error.Field);
        Assert.Equal("nac-1999-01-30", error.Value);
        Assert.Equal(12, error.Line);
        Assert.Contains("known: unscr-1244", error.Expected);
    }

    [Fact]
    public void An_unknown_field_is_refused_and_the_known_ones_listed()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act + "\nexpires: 2030-01-01\n")));
        Assert.Equal("expires", error.Field);
        Assert.Contains("title", error.Expected);
    }

    [Fact]
    public void A_negative_ceiling_is_refused()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation.Replace("ceiling: 400", "ceiling: -400"))));
        Assert.Equal("mandates[0].ceiling", error.Field);
        Assert.Equal("-400", error.Value);
    }

    [Fact]
    public void An_unknown_kind_lists_the_known_ones()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act.Replace("un-security-council-resolution", "resolution"))));
        Assert.Equal("kind", error.Field);
        Assert.Contains("un-security-council-resolution", error.Expected);
        Assert.Contains("statute", error.Expected);
    }

    [Fact]
    public void Every_problem_in_every_file_is_reported_at_once()
    {
        var result = Load(
            ("legal-acts/unscr-1244.yaml", Act.Replace("adopted: 1999-06-10", "adopted: 10.06.1999")),
            ("operations/kfor.yaml", Operation.Replace("procedure: regular", "procedure: fast").Replace("end: open", "end: soon")));
        Assert.False(result.Succeeded);
        Assert.Equal(["adopted", "mandates[0].end", "mandates[0].procedure"], result.Errors.Select(e => e.Field).Order().ToArray());
    }

    [Fact]
    public void A_bad_id_is_placed_at_its_value()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act.Replace("id: unscr-1244", "id: UNSCR 1244"))));
        Assert.Equal((1, 5, "id", "UNSCR 1244"), (error.Line, error.Column, error.Field, error.Value));
    }

    [Theory]
    [InlineData("ceiling: 400", "ceiling: 1000001", "mandates[0].ceiling")]
    [InlineData("2025-06-26", "9999-12-28", "mandates[0].vote.date")]
    public void Numbers_and_days_beyond_any_mandate_are_refused(string from, string to, string field)
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation.Replace(from, to))));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_termination_before_the_act_came_into_force_is_refused()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act + "\nchanges:\n  - {date: 2000-01-01, change: terminated, until: 1990-01-01}\n")));
        Assert.Equal("changes[0].until", error.Field);
        Assert.Contains("on or after the act came into force (1999-06-10)", error.Expected);
    }

    [Fact]
    public void Sitting_weeks_out_of_order_are_refused()
    {
        var error = SingleError(Load(("sitting-calendar.yaml", """
            source: test
            weeks:
              - {from: 2025-06-02, to: 2025-06-06, sitting-days: [2025-06-04]}
              - {from: 2025-05-19, to: 2025-05-23, sitting-days: [2025-05-21]}
            """)));
        Assert.Equal("weeks[1].from", error.Field);
    }

    [Fact]
    public void A_source_is_required_on_every_legal_act()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act.Replace("source: https://undocs.org/S/RES/1244(1999)", ""))));
        Assert.Equal("source", error.Field);
    }

    [Fact]
    public void A_simplified_motion_needs_its_distribution_date()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation.Replace("procedure: regular", "procedure: simplified"))));
        Assert.Equal("mandates[0].motion.distributed", error.Field);
    }

    [Fact]
    public void A_file_outside_the_known_folders_is_refused()
    {
        var error = SingleError(Load(("notes/kfor.yaml", Operation)));
        Assert.Equal("notes/kfor.yaml", error.File);
    }

    [Fact]
    public void The_same_legal_act_twice_is_refused()
    {
        var result = Load(("legal-acts/unscr-1244.yaml", Act), ("legal-acts/unscr-1244-copy.yaml", Act));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Field == "id" && e.Value == "unscr-1244");
    }

    [Fact]
    public void A_vote_before_its_motion_was_distributed_is_refused_at_the_vote()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml",
            Operation.Replace("motion: {document: Drucksache 21/230}", "motion: {document: Drucksache 21/230, distributed: 2025-07-01}"))));
        Assert.Equal("operations/kfor.yaml:10:18: mandates[0].vote.date: '2025-06-26' is not valid; expected a day on or after the motion's distribution (2025-07-01): " +
            "a plenary vote cannot precede the cabinet decision, the distribution of its Drucksache or its first reading", error.ToString());
    }

    [Fact]
    public void A_cabinet_decision_after_the_vote_is_refused()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation.Replace("    end: open", "    cabinet: 2025-07-01\n    end: open"))));
        Assert.Equal("mandates[0].vote.date", error.Field);
        Assert.Contains("on or after the cabinet decision (2025-07-01)", error.Expected);
    }

    [Theory]
    [InlineData("result: adopted, yes: 391, no: 189", "result: adopted, yes: 189, no: 391", "adopted", "'rejected' for 189 yes and 391 no")]
    [InlineData("result: adopted, yes: 391, no: 189", "result: adopted, yes: 189, no: 189", "adopted", "'rejected' for 189 yes and 189 no")]
    [InlineData("result: adopted, yes: 391, no: 189", "result: rejected, yes: 391, no: 189", "rejected", "'adopted' for 391 yes and 189 no")]
    public void A_result_its_counts_contradict_is_refused(string from, string to, string value, string expected)
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation.Replace(from, to))));
        Assert.Equal(("mandates[0].vote.result", value), (error.Field, error.Value));
        Assert.StartsWith(expected, error.Expected);
    }

    [Fact]
    public void A_revocation_before_the_vote_that_gave_consent_is_refused()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation + "\n    revocation: {decided: 1900-01-01}\n")));
        Assert.Equal(("mandates[0].revocation.decided", "1900-01-01"), (error.Field, error.Value));
        Assert.Contains("on or after the vote that gave consent (2025-06-26)", error.Expected);
    }

    [Fact]
    public void A_mandate_ending_before_its_motion_was_distributed_is_refused()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation
            .Replace("motion: {document: Drucksache 21/230}", "motion: {document: Drucksache 21/230, distributed: 2025-05-21}")
            .Replace("end: open", "end: 2024-01-01"))));
        Assert.Equal(("mandates[0].end", "2024-01-01"), (error.Field, error.Value));
    }

    [Fact]
    public void Days_out_of_order_are_compared_only_where_both_are_confirmed()
    {
        var early = Operation.Replace("motion: {document: Drucksache 21/230}", "motion: {document: Drucksache 21/230, distributed: 2025-07-01}");
        Assert.False(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", early)).Succeeded);
        // The same days, the vote's marked unconfirmed: an estimate, not a contradiction.
        var estimated = Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", early.Replace("abstentions: 2}", "abstentions: 2, verified: false}")));
        Assert.True(estimated.Succeeded, string.Join("\n", estimated.Errors));
    }

    [Fact]
    public void A_change_decided_before_the_act_was_adopted_is_refused()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act + "\nchanges:\n  - {date: 1990-01-01, change: extended, until: open}\n")));
        Assert.Equal(("changes[0].date", "1990-01-01"), (error.Field, error.Value));
        Assert.Contains("on or after the act was adopted (1999-06-10)", error.Expected);
    }

    [Theory]
    [InlineData("ceiling: 400", "ceiling: '400'", "mandates[0].ceiling", "400")]
    [InlineData("ceiling: 400", "ceiling: {persons: \"400\"}", "mandates[0].ceiling.persons", "400")]
    [InlineData("date: 2025-06-26", "date: '2025-06-26'", "mandates[0].vote.date", "2025-06-26")]
    public void A_number_or_day_in_quotes_is_text_and_refused(string from, string to, string field, string value)
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation.Replace(from, to))));
        Assert.Equal((field, value), (error.Field, error.Value));
        Assert.EndsWith("written without quotes (in quotes it is text)", error.Expected);
    }

    [Fact]
    public void An_empty_text_is_refused_at_its_field()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation.Replace("{document: Drucksache 21/230}", "{document: \"\"}"))));
        Assert.Equal(("operations/kfor.yaml", 9, "mandates[0].motion.document", ""), (error.File, error.Line, error.Field, error.Value));
        Assert.Contains("not empty", error.Expected);
    }

    [Fact]
    public void A_yml_file_is_named_not_skipped()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yml", Operation)));
        Assert.Equal("operations/kfor.yml", error.File);
        Assert.Contains("ends in .yaml", error.Expected);
    }

    [Fact]
    public void A_mandate_id_used_twice_is_named_at_its_second_use()
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation),
            ("operations/other.yaml", Operation.Replace("id: KFOR\n", "id: OTHER\n"))));
        Assert.Equal(("operations/other.yaml", 6, "mandates[0].id", "KFOR-2025"), (error.File, error.Line, error.Field, error.Value));
        Assert.Contains("already used at operations/kfor.yaml:6", error.Expected);
    }

    [Fact]
    public void A_record_folder_must_hold_legal_acts_operations_and_the_sitting_calendar()
    {
        Assert.Equal(["legal-acts/", "operations/", "sitting-calendar.yaml"], RecordLoader.MissingParts([]));
        Assert.Equal(["sitting-calendar.yaml"], RecordLoader.MissingParts([new("legal-acts/unscr-1244.yaml", Act), new("operations/kfor.yaml", Operation)]));
        Assert.Empty(RecordLoader.MissingParts(BundledRecord.Files()));
    }

    [Theory]
    [InlineData("legal-acts/unscr-1244.yaml", "\nkind:", "\n\tkind:", 2, 1)]
    [InlineData("legal-acts/unscr-1244.yaml", "until: open", "until: open\n\t", 7, 1)]
    [InlineData("legal-acts/unscr-1244.yaml", "source: https://undocs.org/S/RES/1244(1999)", "note: >-\n\tAdopted in 1999.\nsource: x", 8, 1)]
    [InlineData("operations/kfor.yaml", "    procedure: regular", "\tprocedure: regular", 7, 1)]
    [InlineData("operations/kfor.yaml", "requires: [unscr-1244]", "requires: [unscr-1244,\n\tunscr-1244]", 13, 1)]
    // YAML readers let these pass; they are tabs in indentation all the same.
    [InlineData("legal-acts/unscr-1244.yaml", "\nkind:", "\n \tkind:", 2, 2)]
    [InlineData("operations/kfor.yaml", "  - id: KFOR-2025", " \t- id: KFOR-2025", 6, 2)]
    public void A_tab_in_indentation_is_refused_at_the_tab(string file, string from, string to, int line, int column)
    {
        var error = SingleError(file == "operations/kfor.yaml"
            ? Load(("legal-acts/unscr-1244.yaml", Act), (file, Operation.Replace(from, to)))
            : Load((file, Act.Replace(from, to))));
        Assert.Equal($"{file}:{line}:{column}: (yaml): '\\u0009' is not valid; expected spaces for indentation (YAML does not allow tabs)", error.ToString());
    }

    [Fact]
    public void A_tab_inside_a_text_is_part_of_the_text()
    {
        var result = Load(("legal-acts/unscr-1244.yaml", Act.Replace("source: https", "note: |\n  Adopted:\n  \tunanimously\nsource: https")));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("Adopted:\n\tunanimously\n", result.Record!.LegalActs.Single().Source.Note);
    }

    [Theory]
    [InlineData("until: open", "until: 1990-01-01",
        "legal-acts/unscr-1244.yaml:6:8: until: '1990-01-01' is not valid; expected a day on or after the act comes into force (1999-06-10)")]
    [InlineData("until: open", "until: open\nin-force-from: 1999-01-01",
        "legal-acts/unscr-1244.yaml:7:16: in-force-from: '1999-01-01' is not valid; expected a day on or after adoption (1999-06-10)")]
    [InlineData("until: open", "until: open\nchanges:\n  - {date: 2000-01-01, change: terminated, until: open}",
        "legal-acts/unscr-1244.yaml:8:51: changes[0].until: 'open' is not valid; expected the last day in force for a termination, e.g. 2026-06-30")]
    [InlineData("until: open", "until: open\nchanges:\n  - date: 2000-01-01\n    change: terminated\n    until: open",
        "legal-acts/unscr-1244.yaml:10:12: changes[0].until: 'open' is not valid; expected the last day in force for a termination, e.g. 2026-06-30")]
    [InlineData("until: open", "until: open\nchanges:\n  - date: 2000-13-01\n    change: extended\n    until: open",
        "legal-acts/unscr-1244.yaml:8:11: changes[0].date: '2000-13-01' is not valid; expected a calendar day like 2025-06-26, from 1900-01-01 to 2199-12-31")]
    [InlineData("until: open", "until: open\nchanges:\n  - date: 2000-01-01\n    change: extended\n    until: 2001-01-01\n  - date: 1999-12-31\n    change: extended\n    until: open",
        "legal-acts/unscr-1244.yaml:11:11: changes[1].date: '1999-12-31' is not valid; expected a day on or after the act's latest change (2000-01-01): changes are appended oldest first, never dated before one already recorded")]
    public void A_legal_acts_bad_day_is_refused_at_its_field(string from, string to, string expected)
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act.Replace(from, to))));
        Assert.Equal(expected, error.ToString());
    }

    [Fact]
    public void A_legal_act_id_used_twice_is_refused_at_the_second_id()
    {
        // Files are read in order of their names: zz-copy.yaml is the second.
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("legal-acts/zz-copy.yaml", "# a copy\n" + Act)));
        Assert.Equal("legal-acts/zz-copy.yaml:2:5: id: 'unscr-1244' is not valid; expected an id no other legal act has", error.ToString());
    }

    [Theory]
    [InlineData("\n    tasks:\n      - {key: a, title: A}\n      - {key: a, title: B}",
        "operations/kfor.yaml:16:15: mandates[0].tasks[1].key: 'a' is not valid; expected a key not used twice in tasks")]
    [InlineData("\n    ceiling-exceptions:\n      - {kind: rotation, extra-persons: 1, max-days: 1}\n      - {kind: rotation, extra-persons: 2, max-days: 2}",
        "operations/kfor.yaml:16:16: mandates[0].ceiling-exceptions[1].kind: 'rotation' is not valid; expected one clause per kind")]
    [InlineData("\n    revocation: {decided: 2025-07-01, effective: 2025-06-30}",
        "operations/kfor.yaml:14:50: mandates[0].revocation.effective: '2025-06-30' is not valid; expected a day on or after the decision (2025-07-01)")]
    public void A_mandates_conflicting_field_is_refused_at_its_value(string added, string expected)
    {
        var error = SingleError(Load(("legal-acts/unscr-1244.yaml", Act), ("operations/kfor.yaml", Operation + added)));
        Assert.Equal(expected, error.ToString());
    }

    [Theory]
    [InlineData("  - {from: 2025-06-06, to: 2025-06-02, sitting-days: [2025-06-04]}",
        "sitting-calendar.yaml:4:28: weeks[1].to: '2025-06-02' is not valid; expected a day on or after 'from' (2025-06-06)")]
    [InlineData("  - {from: 2025-05-23, to: 2025-05-30, sitting-days: [2025-05-28]}",
        "sitting-calendar.yaml:4:12: weeks[1].from: '2025-05-23' is not valid; expected a day after the previous week ends (2025-05-23): weeks are listed in order, without overlap")]
    [InlineData("  - {from: 2025-06-02, to: 2025-06-06, sitting-days: []}",
        "sitting-calendar.yaml:4:54: weeks[1].sitting-days: expected at least one sitting day")]
    public void A_sitting_weeks_conflicting_day_is_refused_at_its_value(string week, string expected)
    {
        var error = SingleError(Load(("sitting-calendar.yaml", "source: test\nweeks:\n  - {from: 2025-05-19, to: 2025-05-23, sitting-days: [2025-05-21]}\n" + week + "\n")));
        Assert.Equal(expected, error.ToString());
    }

    [Fact]
    public void The_bundled_record_loads_without_a_problem()
    {
        var result = RecordLoader.Load(BundledRecord.Files());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }
}
