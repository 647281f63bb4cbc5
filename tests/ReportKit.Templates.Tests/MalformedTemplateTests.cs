using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Templates.Tests;

public class MalformedTemplateTests
{
    // file (under Malformed/), expected first diagnostic id, its line and column, and how many diagnostics in all.
    public static readonly TheoryData<string, string, int, int, int> Cases = new()
    {
        { "yaml-unclosed-quote", "RK0001", 11, 21, 1 },
        { "yaml-flow-invalid-operation", "RK0001", 10, 13, 1 },
        { "yaml-tab-indent", "RK0001", 11, 1, 1 },
        { "yaml-truncated", "RK0001", 11, 27, 1 },
        { "yaml-nul-char", "RK0001", 11, 22, 1 },
        { "yaml-bad-indent", "RK0001", 4, 2, 1 },
        { "yaml-empty-file", "RK0004", 1, 1, 1 },
        { "yaml-comment-only", "RK0004", 1, 1, 1 },
        { "yaml-root-list", "RK0005", 1, 1, 1 },
        { "bom-then-unknown-key", "RK0003", 10, 1, 1 },
        { "format-version-2", "RK0002", 1, 12, 1 },
        { "unknown-root-key", "RK0003", 10, 1, 1 },
        { "unknown-plan-key", "RK0003", 8, 3, 1 },
        { "unknown-indicator-key", "RK0003", 11, 14, 2 },
        { "missing-plan-title", "RK0004", 3, 3, 1 },
        { "missing-indicator-label", "RK0004", 11, 5, 1 },
        { "empty-required-title", "RK0004", 8, 3, 1 },
        { "missing-due-kind", "RK0004", 11, 43, 1 },
        { "wrong-type-indicators-scalar", "RK0005", 10, 13, 1 },
        { "wrong-type-revision", "RK0005", 4, 13, 1 },
        { "wrong-type-title-list", "RK0005", 8, 10, 1 },
        { "wrong-type-required", "RK0005", 11, 34, 1 },
        { "enum-indicator-type", "RK0006", 11, 30, 1 },
        { "enum-plan-kind", "RK0006", 4, 9, 1 },
        { "enum-report-period", "RK0006", 11, 32, 1 },
        { "duplicate-indicator-id", "RK0007", 12, 11, 1 },
        { "duplicate-report-id", "RK0007", 12, 11, 1 },
        { "duplicate-pascal-name", "RK0008", 12, 11, 1 },
        { "duplicate-pascal-indicator-narrative", "RK0008", 13, 11, 1 },
        { "report-named-like-plan", "RK0008", 11, 11, 1 },
        { "dangling-report-indicator", "RK0009", 15, 76, 1 },
        { "dangling-unit-level", "RK0009", 13, 30, 1 },
        { "dangling-unit-report", "RK0009", 11, 33, 1 },
        { "dangling-formula-indicator", "RK0009", 14, 69, 1 },
        { "dangling-max-indicator", "RK0009", 11, 29, 1 },
        { "dangling-coverage-within", "RK0009", 17, 54, 1 },
        { "dangling-tier-level", "RK0009", 19, 18, 1 },
        { "dangling-report-narrative", "RK0009", 13, 76, 1 },
        { "dangling-rule-report", "RK0009", 15, 70, 1 },
        { "invalid-id-diacritics", "RK0010", 11, 11, 1 },
        { "invalid-id-digit-first", "RK0010", 11, 11, 1 },
        { "invalid-id-dash", "RK0010", 11, 11, 1 },
        { "invalid-plan-id", "RK0010", 3, 7, 1 },
        { "date-feb-30", "RK0011", 9, 9, 1 },
        { "date-not-iso", "RK0011", 11, 53, 1 },
        { "date-month-13", "RK0011", 11, 74, 1 },
        { "date-peak-30-02", "RK0011", 11, 13, 1 },
        { "date-due-day-31-november", "RK0011", 11, 73, 1 },
        { "due-month-on-once", "RK0012", 11, 52, 1 },
        { "due-date-on-year", "RK0012", 11, 65, 1 },
        { "due-year-month-on-year", "RK0012", 11, 64, 1 },
        { "due-month-on-quarter", "RK0012", 11, 67, 1 },
        { "due-days-after-end-on-once", "RK0012", 11, 61, 1 },
        { "span-without-to", "RK0013", 11, 5, 1 },
        { "year-without-from", "RK0013", 11, 5, 1 },
        { "span-to-before-from", "RK0013", 11, 54, 1 },
        { "once-with-from", "RK0013", 11, 38, 1 },
        { "expression-double-operator", "RK0014", 14, 69, 1 },
        { "expression-single-equals", "RK0014", 15, 35, 1 },
        { "expression-unclosed-paren", "RK0014", 14, 84, 1 },
        { "formula-cycle", "RK0015", 12, 46, 1 },
        { "formula-self", "RK0015", 11, 46, 1 },
        { "ratio-without-formula", "RK0016", 11, 30, 1 },
        { "formula-on-integer", "RK0017", 12, 33, 1 },
        { "duplicate-section-no", "RK0018", 12, 11, 1 },
        { "duplicate-content-no", "RK0018", 12, 18, 1 },
        { "duplicate-nested-section-no", "RK0018", 17, 15, 1 },
        { "duplicate-unit-no", "RK0018", 12, 18, 1 },
        { "coverage-not-by-contents", "RK0019", 17, 37, 1 },
        { "duplicate-key-plan", "RK0020", 9, 3, 1 },
        { "duplicate-key-flow", "RK0020", 11, 24, 1 },
        { "yaml-alias", "RK0021", 11, 15, 1 },
        { "yaml-two-documents", "RK0021", 10, 1, 1 },
        { "yaml-deep-nesting", "RK0021", 10, 77, 1 },
        { "revision-zero", "RK0022", 4, 13, 1 },
        { "cutoff-end-day-31", "RK0022", 11, 98, 1 },
        { "min-above-max", "RK0022", 11, 38, 1 },
        { "coverage-min-zero", "RK0022", 17, 51, 1 },
        { "content-leaf-without-id", "RK0023", 14, 9, 1 },
        { "two-sections-hold-contents", "RK0024", 12, 34, 1 },
        { "report-without-due", "RK0025", 11, 5, 1 },
        { "by-forms-without-forms", "RK0026", 11, 28, 1 },
        { "additive-false-without-by", "RK0004", 11, 24, 1 },
        { "due-before-and-on", "RK0027", 11, 65, 1 },
        { "rule-check-and-coverage", "RK0027", 17, 34, 1 },
        { "due-day-with-before", "RK0027", 11, 65, 1 },
        { "indicator-named-like-a-generated-member", "RK0028", 11, 11, 1 },
        { "report-named-like-a-generated-member", "RK0028", 11, 11, 1 },
        { "form-named-total", "RK0028", 11, 11, 1 },
        { "form-named-like-the-item-class", "RK0028", 11, 5, 1 },
        { "report-named-like-a-narrative", "RK0008", 13, 11, 1 },
        { "report-ratio-without-operand", "RK0030", 15, 5, 1 },
        { "rule-for-report-without-its-indicator", "RK0030", 16, 5, 1 },
        { "due-year-zero", "RK0011", 11, 52, 1 },
        { "rule-named-like-a-validator-check", "RK0028", 14, 11, 1 },
        { "report-named-like-the-item-class", "RK0028", 15, 5, 1 },
        { "form-named-like-an-object-member", "RK0028", 11, 11, 1 },
        { "cutoff-calendar-after-deadline", "RK0031", 11, 78, 1 },
        { "cutoff-nd09-after-tier-deadline", "RK0031", 17, 13, 1 },
        { "time-window-ends-before-start", "RK0100", 11, 60, 1 },
        { "time-phases-overlap", "RK0101", 17, 9, 1 },
        { "time-periods-unknown", "RK0102", 11, 65, 1 },
        { "time-phases-on-year", "RK0103", 16, 5, 1 },
        { "time-due-unknown-event", "RK0009", 13, 73, 1 },
        { "time-due-before-window-ends", "RK0031", 11, 77, 1 },
        { "due-before-span-starts", "RK0031", 11, 65, 1 },
        { "levels-empty-list", "RK0032", 12, 32, 1 },
        { "levels-unknown-level", "RK0009", 12, 33, 1 },
        { "levels-narrative-unknown-level", "RK0009", 12, 33, 1 },
        { "levels-ratio-reads-narrower", "RK0035", 14, 46, 1 },
        { "levels-rule-reads-narrower", "RK0035", 15, 21, 1 },
        { "levels-max-reads-narrower", "RK0035", 13, 29, 1 },
        { "levels-report-without-indicators-rule", "RK0030", 16, 5, 1 },
        { "levels-list-empty", "RK0032", 15, 13, 1 },
        { "levels-list-unknown-level", "RK0009", 15, 14, 1 },
        { "levels-list-reads-narrower", "RK0036", 12, 80, 1 },
        { "levels-answer-unknown-level", "RK0009", 12, 73, 1 },
        { "diagnostics-required-ratio", "RK0033", 14, 53, 1 },
        { "diagnostics-max-cycle", "RK0034", 14, 29, 1 },
        { "diagnostics-max-self", "RK0034", 12, 29, 1 },
        { "diagnostics-unquoted-colon-title", "RK0001", 7, 17, 1 },
        { "categories-unknown-in-by", "RK0040", 18, 28, 1 },
        { "categories-three-dimensions", "RK0041", 20, 50, 1 },
        { "categories-same-dimension-twice", "RK0042", 18, 39, 1 },
        { "categories-exclude-unknown-option", "RK0043", 18, 73, 1 },
        { "categories-duplicate-option", "RK0044", 15, 15, 1 },
        { "categories-empty-options", "RK0045", 11, 43, 1 },
        { "categories-exclude-without-cross-tab", "RK0046", 18, 38, 1 },
        { "categories-option-named-like-a-row-class", "RK0028", 13, 54, 1 },
        { "categories-option-named-column-totals", "RK0028", 16, 58, 1 },
        { "categories-every-cell-excluded", "RK0047", 21, 46, 1 },
        { "targets-unknown-indicator", "RK0009", 19, 65, 1 },
        { "targets-unknown-level", "RK0009", 19, 97, 1 },
        { "targets-share-above-one", "RK0082", 19, 111, 1 },
        { "targets-share-percent-above-100", "RK0082", 19, 111, 1 },
        { "targets-on-narrative", "RK0084", 19, 65, 1 },
        { "targets-share-and-consolidated", "RK0081", 19, 85, 1 },
        { "targets-without-scope", "RK0080", 19, 5, 1 },
        { "targets-two-thresholds", "RK0083", 19, 90, 1 },
        { "targets-no-threshold", "RK0083", 19, 5, 1 },
        { "targets-unknown-key", "RK0003", 19, 77, 1 },
        { "targets-indicator-in-no-report", "RK0085", 16, 60, 1 },
        { "compare-on-once", "RK0090", 13, 67, 1 },
        { "compare-cumulative-on-year", "RK0091", 13, 79, 1 },
        { "compare-indicator-not-in-report", "RK0092", 14, 108, 1 },
        { "compare-without-total", "RK0093", 16, 91, 1 },
        { "compare-cumulative-ratio", "RK0094", 15, 95, 1 },
        { "compare-listed-twice", "RK0095", 13, 96, 1 },
        { "lists-unknown-column-type", "RK0060", 17, 46, 1 },
        { "lists-zero-rows", "RK0061", 15, 11, 1 },
        { "lists-absurd-rows", "RK0061", 15, 11, 1 },
        { "lists-duplicate-column", "RK0062", 18, 15, 1 },
        { "lists-sum-over-text", "RK0063", 13, 92, 1 },
        { "lists-unknown-list-in-count", "RK0064", 13, 86, 1 },
        { "lists-unknown-column-in-sum", "RK0065", 15, 33, 1 },
        { "lists-choice-without-forms", "RK0066", 18, 50, 1 },
        { "lists-choice-unknown-category", "RK0066", 21, 45, 1 },
        { "lists-unknown-key", "RK0003", 18, 5, 1 },
        { "types-min-on-yes-no", "RK0050", 11, 68, 1 },
        { "types-max-length-on-date", "RK0050", 11, 58, 1 },
        { "types-by-on-document", "RK0050", 11, 65, 1 },
        { "phrase-without-value", "RK0110", 11, 56, 1 },
        { "phrase-value-twice", "RK0110", 11, 44, 1 },
        { "phrase-on-date", "RK0050", 11, 50, 1 },
        { "outline-not-in-report", "RK0111", 23, 50, 1 },
        { "outline-twice", "RK0112", 22, 48, 1 },
        { "outline-leaves-out", "RK0113", 21, 5, 1 },
        { "types-date-in-rule", "RK0051", 14, 22, 1 },
        { "types-text-in-formula", "RK0051", 13, 64, 1 },
        { "types-max-is-a-document", "RK0051", 12, 41, 1 },
        { "types-text-max-length-zero", "RK0022", 11, 60, 1 },
        { "due-assumed-without-assumption", "RK0125", 13, 67, 1 },
        { "due-assumed-without-due", "RK0125", 13, 81, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_expected_diagnostic_at_its_place(string file, string id, int line, int column, int count)
    {
        var result = TemplateFiles.ParseFile(TemplateFiles.Malformed(file));

        var all = string.Join(Environment.NewLine, result.Diagnostics);
        Assert.True(result.Diagnostics.Count == count, "expected " + count + " diagnostic(s), got:" + Environment.NewLine + all);
        var first = result.Diagnostics[0];
        Assert.Equal((id, line, column), (first.Id, first.Location.StartLine, first.Location.StartColumn));
        Assert.Equal(file + ".plan.yaml", first.Location.Path);
        var descriptor = TemplateDiagnostics.All.Single(d => d.Id == id);
        Assert.Equal(descriptor.Severity, first.Severity);
        // A plan is given exactly when there is no error (warnings allowed).
        Assert.Equal(descriptor.Severity == TemplateSeverity.Error, result.Plan is null);
    }

    [Fact]
    public void Every_malformed_file_is_in_the_table_and_every_diagnostic_is_covered()
    {
        var listed = Cases.Select(c => (string)c[0]).ToList();
        Assert.Equal(TemplateFiles.MalformedNames(), listed.OrderBy(n => n, StringComparer.Ordinal));
        Assert.True(listed.Count >= 45);
        var covered = Cases.Select(c => (string)c[1]).ToHashSet();
        // RK0029 (one plan id in two templates) needs two files: the generator's tests cover it.
        var uncovered = TemplateDiagnostics.All.Select(d => d.Id).Where(i => !covered.Contains(i) && i != TemplateDiagnostics.DuplicatePlanId.Id).ToList();
        Assert.True(uncovered.Count == 0, "no malformed file for " + string.Join(", ", uncovered));
    }

    [Fact]
    public void Catalogue_ids_are_unique_sequential_and_formattable()
    {
        var ids = TemplateDiagnostics.All.Select(d => d.Id).ToList();
        // Each feature has its own block of ids (docs/template-format.md), so the catalogue may skip the unused rest of a block.
        Assert.All(ids, id => Assert.Matches("^RK[0-9]{4}$", id));
        Assert.Equal(ids.Distinct().OrderBy(id => id, StringComparer.Ordinal), ids);
        // Ascending and unique; each feature appends in its own range (RK0100–RK0109: time), so ids may jump.
        // Each feature owns a range of ids (lists: RK0060–RK0069), so the catalogue ascends with gaps between ranges.
        Assert.All(ids, id => Assert.Matches("^RK[0-9]{4}$", id));
        // Ids are appended in ranges (one per feature), so ascending and unique, not gap-free.
        Assert.All(ids, i => Assert.Matches("^RK[0-9]{4}$", i));
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal).Distinct(), ids);
        foreach (var descriptor in TemplateDiagnostics.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title));
            // Six arguments cover the widest message; a bad placeholder would throw here.
            var message = descriptor.Create(SourceSpan.StartOf("x"), "a", "b", "c", "d", "e", "f").Message;
            Assert.DoesNotContain("{", message.Replace("{ end_day", "").Replace("{value}", ""));
        }
    }

    [Theory]
    [InlineData("unknown-root-key", "unknown key 'indicatrs' in the template root; did you mean 'indicators'?")]
    [InlineData("enum-indicator-type", "'integr' is not a valid 'type' in indicator 'a'; allowed values: integer, decimal, ratio, yes_no, date, text, document; did you mean 'integer'?")]
    [InlineData("dangling-report-indicator", "unknown indicator 'so_buio' referenced in report 'r'; did you mean 'so_buoi'?")]
    [InlineData("formula-cycle", "the formula of indicator 'a' depends on itself: a → c → a")]
    [InlineData("date-feb-30", "'2023-02-30' is not a valid date: February 2023 has 28 days")]
    [InlineData("due-month-on-once", "due 'month: 11' does not fit a 'once' report: a one-off report is due once, so give the year too, e.g. 'month: 2025-11'")]
    [InlineData("cutoff-calendar-after-deadline", "report 'r': the stated cut-off gives a data window 01/01/2023–31/12/2023 for 2023, which ends after its deadline (30/11/2023): a report sent on time could not hold its data; state the cut-off the document gives (one that ends by the deadline), or leave 'cutoff' out so the data run to the deadline")]
    [InlineData("cutoff-nd09-after-tier-deadline", "report 'r': the stated cut-off gives a data window 15/12/2022–14/12/2023 for 2023, which ends after the deadline of level 'phong' (10/12/2023): a report sent on time could not hold its data; state the cut-off the document gives (one that ends by the deadline), or leave 'cutoff' out so the data run to the deadline")]
    [InlineData("due-before-span-starts", "report 'r': its deadline (31/10/2022 for 2023-2025) comes before its data window starts (01/01/2023), so no report could hold any data")]
    [InlineData("diagnostics-unquoted-colon-title", "the template is not valid YAML: While scanning a plain scalar value, found invalid mapping. The text of 'title' holds ': ', which YAML reads as a new key; put the text in double quotes: title: \"Báo cáo: về tình hình thực hiện\"")]
    [InlineData("diagnostics-max-cycle", "'max' of indicator 'c' closes a cycle of limits (c ≤ b ≤ a ≤ c); each limit must come from an indicator that is not itself limited by this one: remove one 'max' of the cycle")]
    [InlineData("levels-list-reads-narrower", "indicator 'so_mo_hinh' is for every level but reads list 'mo_hinh', which only units at [xa] fill; give indicator 'so_mo_hinh' 'levels' within those of 'mo_hinh'")]
    [InlineData("levels-ratio-reads-narrower", "indicator 'r' is for every level but reads indicator 'a', which only units at [tinh] enter; give indicator 'r' 'levels' within those of 'a'")]
    [InlineData("time-phases-overlap", "report 'r': phase 'dot_2' (20/03/2025–30/04/2025) overlaps phase 'dot_1' (01/03/2025–31/03/2025); write the phases in date order, each starting after the one before ends, so every day's data counts in one phase")]
    [InlineData("time-periods-unknown", "report 'r' (half_year) has no period 'h3'; its periods are h1, h2; did you mean 'h1'?")]
    [InlineData("time-due-unknown-event", "unknown event 'le_ky_nem' referenced in the due of report 'r'; did you mean 'le_ky_niem'?")]
    [InlineData("time-due-before-window-ends", "report 'r': its deadline (19/07/2020) comes before the end of its dates (01/06/2020–31/07/2020): a report sent on time could not hold its data; transcribe the dates and the deadline as the document gives them")]
    [InlineData("types-min-on-yes-no", "'min' does not apply to yes_no indicator 'ban_chi_dao': only amounts have a lowest value (a yes_no field is Có or Không); remove 'min'")]
    [InlineData("types-date-in-rule", "rule 'r' reads 'ngay_to_chuc', a date field: formulas, rules and 'max' read numbers and yes_no fields only; remove 'ngay_to_chuc' from it")]
    [InlineData("phrase-value-twice", "the phrase of indicator 'so_buoi' holds '{value}' 2 times; write it once, where the báo cáo puts the figure: 'tổ chức {value} buổi sinh hoạt'")]
    [InlineData("outline-leaves-out", "narrative 'han_che' of report 'r' is in no part of its outline, so its báo cáo would leave it out; put it in the part the plan's đề cương gives it")]
    [InlineData("outline-twice", "narrative 'ket_qua' is in two parts of the outline of report 'r' ('Kết quả' and 'Lời văn'); put it in the one part the plan gives it")]
    [InlineData("duplicate-pascal-name", "indicator id 'soBuoi' gives the C# name 'SoBuoi', already taken by indicator 'so_buoi' (line 11)")]
    public void Messages_say_what_is_wrong_and_how_to_fix_it(string file, string message)
    {
        var result = TemplateFiles.ParseFile(TemplateFiles.Malformed(file));
        Assert.Equal(message, result.Diagnostics[0].Message);
    }

    [Fact]
    public void Diacritics_in_an_id_are_explained()
    {
        var message = TemplateFiles.ParseFile(TemplateFiles.Malformed("invalid-id-diacritics")).Diagnostics[0].Message;
        Assert.StartsWith("'số_buổi' is not a valid id", message);
        Assert.Contains("labels and titles keep their diacritics", message);
    }

    [Fact]
    public void Expression_errors_point_at_the_offending_character()
    {
        // "formula: dang_vien_du / / dang_vien" starts at column 53; the second '/' is its 16th character.
        var diagnostic = TemplateFiles.ParseFile(TemplateFiles.Malformed("expression-double-operator")).Diagnostics[0];
        Assert.Equal(53 + 15, diagnostic.Location.StartColumn - 1);
        Assert.Equal(diagnostic.Location.StartOffset + 1, diagnostic.Location.EndOffset);
    }

    [Fact]
    public void A_lone_surrogate_is_a_syntax_error_not_an_exception()
    {
        var text = "reportkit: 1\nplan:\n  title: a\uD800b\n";
        var result = PlanTemplateParser.Parse("s.plan.yaml", text);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("RK0001", 3, 11, 29), (diagnostic.Id, diagnostic.Location.StartLine, diagnostic.Location.StartColumn, diagnostic.Location.StartOffset));
    }

    [Fact]
    public void A_leading_bom_does_not_move_columns_but_counts_in_offsets()
    {
        var text = TemplateFiles.Read(TemplateFiles.Malformed("bom-then-unknown-key"));
        Assert.Equal('\uFEFF', text[0]);
        var withBom = PlanTemplateParser.Parse("bom-then-unknown-key.plan.yaml", text).Diagnostics[0].Location;
        var withoutBom = PlanTemplateParser.Parse("bom-then-unknown-key.plan.yaml", text.TrimStart('\uFEFF')).Diagnostics[0].Location;
        Assert.Equal(withoutBom.StartColumn, withBom.StartColumn);
        Assert.Equal(withoutBom.StartOffset + 1, withBom.StartOffset);
    }

    public static IEnumerable<object[]> HostileInputs()
    {
        yield return new object[] { "deep flow nesting", "a: " + new string('[', 100_000) };
        yield return new object[] { "deep block nesting", string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "k:\n")) };
        yield return new object[] { "alias bomb", "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\n" };
        yield return new object[] { "long line", "reportkit: 1\nplan: { id: " + new string('x', 1_000_000) + " }\n" };
        yield return new object[] { "deep formula", "reportkit: 1\nindicators:\n  - { id: a, label: A, type: ratio, formula: \"" + new string('(', 50_000) + "b\" }\n" };
        yield return new object[] { "long formula chain", "reportkit: 1\nindicators:\n  - { id: a, label: A, type: ratio, formula: \"b" + string.Concat(Enumerable.Repeat(" + b", 20_000)) + "\" }\n" };
        yield return new object[] { "only a BOM", "\uFEFF" };
        yield return new object[] { "NUL only", "\0" };
        yield return new object[] { "directive only", "%YAML 1.2\n---\n" };
        yield return new object[] { "complex key", "? [a, b]\n: c\n" };
        yield return new object[] { "tagged values", "reportkit: !!int 1\nplan: !!map { id: !custom X }\n" };
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_input_gives_errors_never_an_exception(string name, string text)
    {
        var result = PlanTemplateParser.Parse(name, text);
        Assert.Null(result.Plan);
        Assert.True(result.HasErrors);
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.StartLine >= 1 && d.Location.StartColumn >= 1));
    }
}
