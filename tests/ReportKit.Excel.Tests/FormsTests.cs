using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Writing;
using ReportKit.Templates;
using ReportKit.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

public sealed class FormsTests
{
    public static TheoryData<string> Templates => new(FormsTestKit.SeedTemplates);

    private static readonly InputFormOptions Options = new() { SaveOptions = new WorkbookSaveOptions { Timestamp = new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc) } };

    private static (PlanSpec Plan, SamplePeriod Period, Unit Unit) FormOf(string template)
    {
        var plan = FormsTestKit.Plan(template);
        var sample = SampleData.Create(plan, 7);
        var period = FormsTestKit.PeriodOf(sample);
        var unitId = Consolidator.ExpectedUnitIds(plan, period.ReportId, sample.Units)[0];
        return (plan, period, sample.Units[unitId]);
    }

    private static string Save(string template, string folder, string name = "form.xlsx")
    {
        var (plan, period, unit) = FormOf(template);
        var path = Path.Combine(folder, name);
        InputForm.Save(plan, period.ReportId, period.PeriodKey, unit, path, Options);
        return path;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Input_form_renders_as_its_snapshot(string template)
    {
        var path = Save(template, RepoPaths.NewTempFolder("form-snapshot"));
        Snapshot.Match(WorkbookText.Render(path), SnapshotNameExtension.Create(template.Replace(".plan.yaml", string.Empty, StringComparison.Ordinal)));
    }

    // The form a chi bộ fills says which days its figures cover; on a form sent by its deadline that window
    // never runs past the deadline printed below it.
    [Theory]
    // (All three deadlines are the templates' assumptions: the plans give a month or nothing, so each is marked.)
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "hang_nam", "2024", "Số liệu tính từ ngày 01/01/2024 đến ngày 30/11/2024", "Hạn gửi báo cáo: chậm nhất ngày 30/11/2024 (giả định)")]
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "so_ket", "2023-2025", "Số liệu tính từ ngày 01/01/2023 đến ngày 31/10/2025", "Hạn gửi báo cáo: chậm nhất ngày 31/10/2025 (giả định)")]
    [InlineData("ke-hoach-duk-xay-dung-dang.plan.yaml", "bao_cao_ket_qua", "2023", "Số liệu tính từ ngày 01/01/2023 đến ngày 15/12/2023", "Hạn gửi báo cáo: chậm nhất ngày 15/12/2023 (giả định)")]
    public void Input_form_prints_a_data_window_that_ends_by_the_deadline(string template, string reportId, string periodKey, string window, string deadline)
    {
        var texts = FormTexts(FormsTestKit.Plan(template), reportId, periodKey);
        Assert.Contains(window, texts);
        Assert.Contains(deadline, texts);
    }

    // Seed 004 asks for no report: the form says what was assumed under its deadline, and marks the deadline as assumed
    // only because the template says the deadline is what it assumed (due_assumed), not because there is an assumption.
    [Theory]
    [InlineData(true, "Hạn gửi báo cáo: chậm nhất ngày 20/12/2023 (giả định)")]
    [InlineData(false, "Hạn gửi báo cáo: chậm nhất ngày 20/12/2023")]
    public void Input_form_prints_the_reports_assumption_and_marks_the_deadline_only_when_it_is_assumed(bool dueAssumed, string deadline)
    {
        var plan = FormsTestKit.Plan("cong-van-svhttdl-qlvhgd.plan.yaml");
        var report = plan.Reports.Single();
        plan = plan with { Reports = new[] { report with { DueAssumed = dueAssumed } }.ToEquatableArray() };

        var texts = FormTexts(plan, report.Id, "once");

        var line = texts.IndexOf(deadline);
        Assert.True(line >= 0, string.Join("\n", texts));
        Assert.Equal("Giả định của mẫu báo cáo: " + report.Assumption, texts[line + 1]);
        Assert.Equal(dueAssumed, texts.Any(t => t.Contains("20/12/2023 (giả định)", StringComparison.Ordinal)));
    }

    // A unit's form is signed by the unit, as its level signs (Party: for the chi ủy, its secretary; state: the head of the
    // unit), with blank rows to sign in under the title, and the date line, title and space print on one page.
    [Theory]
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "hang_nam", "2024", "T/M CHI ỦY", "BÍ THƯ")]
    [InlineData("cong-van-svhttdl-qlvhgd.plan.yaml", "ket_qua_trien_khai", "once", null, "THỦ TRƯỞNG ĐƠN VỊ")]
    public void Input_form_is_signed_as_the_units_level_signs_with_room_to_sign_and_kept_on_one_page(
        string template, string reportId, string periodKey, string? capacity, string title)
    {
        var plan = FormsTestKit.Plan(template);
        var sample = SampleData.Create(plan, 7);
        var unit = sample.Units[Consolidator.ExpectedUnitIds(plan, reportId, sample.Units)[0]];
        var path = Path.Combine(RepoPaths.NewTempFolder("form-signature"), "form.xlsx");
        InputForm.Save(plan, reportId, periodKey, unit, path, Options);
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(InputForm.SheetName);

        int RowOf(string text) => sheet.CellsUsed().Single(c => c.GetString() == text).Address.RowNumber;
        var titleRow = RowOf(title);
        if (capacity is not null)
            Assert.Equal(titleRow - 1, RowOf(capacity));
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString() == plan.Document.Signature!.Name);
        var signHere = RowOf("(Ký, ghi rõ họ tên, đóng dấu)");
        Assert.Equal(titleRow + 1, signHere);
        // Room to sign and stamp: the rows under "(Ký, …)" are empty and together at least 2.5 cm (70.9 pt) tall.
        var space = Enumerable.Range(signHere + 1, ReportKit.Excel.Documents.DocumentBlocks.SignatureSpaceRows).ToArray();
        Assert.All(space, r => Assert.True(sheet.Row(r).CellsUsed().All(c => c.GetString().Length == 0), "row " + r + " is not blank"));
        Assert.True(space.Sum(r => sheet.Row(r).Height) >= 2.5 / 2.54 * 72, "too little room to sign: " + space.Sum(r => sheet.Row(r).Height) + " pt");
        // No page break between the date line and the signature space.
        var dateRow = RowOf("Ngày báo cáo (ngày/tháng/năm):");
        Assert.DoesNotContain(sheet.PageSetup.RowBreaks, b => b >= dateRow && b < space[^1]);
    }

    private static List<string> FormTexts(PlanSpec plan, string reportId, string periodKey)
    {
        var sample = SampleData.Create(plan, 7);
        var unitId = Consolidator.ExpectedUnitIds(plan, reportId, sample.Units)[0];
        var path = Path.Combine(RepoPaths.NewTempFolder("form-window"), "form.xlsx");
        InputForm.Save(plan, reportId, periodKey, sample.Units[unitId], path, Options);
        using var workbook = new XLWorkbook(path);
        return workbook.Worksheet(InputForm.SheetName).CellsUsed().Select(c => c.GetString()).ToList();
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Input_form_validates_against_the_open_xml_schemas(string template)
    {
        OpenXmlAssert.IsValid(Save(template, RepoPaths.NewTempFolder("form-valid")));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Input_form_is_byte_identical_on_two_runs(string template)
    {
        var folder = RepoPaths.NewTempFolder("form-bytes");
        var first = Save(template, folder, "a.xlsx");
        var second = Save(template, folder, "b.xlsx");
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Only_input_cells_are_unlocked_each_is_validated_and_the_sheets_are_protected(string template)
    {
        var path = Save(template, RepoPaths.NewTempFolder("form-protect"));
        var (plan, period, _) = FormOf(template);
        using var workbook = new XLWorkbook(path);
        var (values, narratives, date) = FormsTestKit.CellMap(FormsTestKit.MetadataRows(workbook));
        var sheet = workbook.Worksheet(InputForm.SheetName);
        Assert.True(sheet.IsProtected);
        Assert.True(workbook.Worksheet(InputForm.MetadataSheetName).IsProtected);
        Assert.NotEqual(XLWorksheetVisibility.Visible, workbook.Worksheet(InputForm.MetadataSheetName).Visibility);

        // Every entered column has a cell, and nothing else is mapped.
        var entered = SummaryColumns.EnteredFor(plan, period.ReportId).Select(c => c.ValueKey).ToHashSet();
        Assert.True(entered.SetEquals(values.Keys));
        Assert.Equal(plan.NarrativesOf(plan.Reports.Single(r => r.Id == period.ReportId)).Select(n => n.Id).OrderBy(id => id, StringComparer.Ordinal),
            narratives.Keys.OrderBy(id => id, StringComparer.Ordinal));

        var inputs = values.Values.Concat(narratives.Values).Append(date).ToHashSet();
        foreach (var address in inputs)
        {
            var cell = sheet.Cell(address);
            Assert.False(cell.Style.Protection.Locked, address + " should be unlocked");
            Assert.Equal(XLColor.FromArgb(0xFF, 0xF2, 0xCC), cell.Style.Fill.BackgroundColor);
            Assert.True(sheet.DataValidations.Any(v => v.Ranges.Any(r => r.Contains(cell))), address + " should be validated");
        }

        foreach (var address in values.Values)
        {
            var validation = sheet.DataValidations.First(v => v.Ranges.Any(r => r.Contains(sheet.Cell(address))));
            Assert.Equal(XLAllowedValues.WholeNumber, validation.AllowedValues); // every seed indicator is a count
            Assert.Equal("0", validation.MinValue);
        }

        foreach (var address in narratives.Values)
        {
            var validation = sheet.DataValidations.First(v => v.Ranges.Any(r => r.Contains(sheet.Cell(address))));
            Assert.Equal(XLAllowedValues.TextLength, validation.AllowedValues);
        }

        // Every other used cell stays locked (labels, totals, ratios, the header).
        var unlocked = sheet.CellsUsed(XLCellsUsedOptions.All)
            .Where(c => !c.Style.Protection.Locked && !c.IsMerged())
            .Select(c => c.Address.ToString()!)
            .ToHashSet();
        Assert.Empty(unlocked.Except(inputs));
    }

    [Fact]
    public void A_ratio_is_a_locked_formula_over_the_input_cells()
    {
        var template = "ke-hoach-duk-xay-dung-dang.plan.yaml";
        var path = Save(template, RepoPaths.NewTempFolder("form-ratio"));
        using var workbook = new XLWorkbook(path);
        var (values, _, _) = FormsTestKit.CellMap(FormsTestKit.MetadataRows(workbook));
        var sheet = workbook.Worksheet(InputForm.SheetName);
        var ratio = sheet.CellsUsed().Single(c => c.HasFormula && c.FormulaA1.Contains('/'));
        Assert.Equal("IFERROR(" + values[new ValueKey("dang_vien_tham_gia")] + "/" + values[new ValueKey("dang_vien")] + ",\"\")", ratio.FormulaA1);
        Assert.True(ratio.Style.Protection.Locked);
    }

    [Fact]
    public void A_form_without_ratios_leaves_them_out()
    {
        var (plan, period, unit) = FormOf("ke-hoach-duk-xay-dung-dang.plan.yaml");
        var path = Path.Combine(RepoPaths.NewTempFolder("form-noratio"), "form.xlsx");
        InputForm.Save(plan, period.ReportId, period.PeriodKey, unit, path, new InputFormOptions { IncludeRatios = false });
        var text = WorkbookText.Render(path);
        Assert.DoesNotContain("Tỷ lệ đảng viên tham gia", text, StringComparison.Ordinal);
        Assert.DoesNotContain("IFERROR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_fingerprint_follows_what_shapes_the_form_and_nothing_else()
    {
        var path = Path.Combine(RepoPaths.Templates, "ke-hoach-76-kh-du.plan.yaml");
        var text = File.ReadAllText(path);
        var here = PlanTemplateParser.Parse(path, text).Plan!;
        var elsewhere = PlanTemplateParser.Parse("/somewhere/else/copy.plan.yaml", "# a comment moves every line\n" + text).Plan!;
        string Of(PlanSpec plan) => PlanFingerprint.Compute(plan, "hang_nam");
        Assert.Equal(Of(here), Of(elsewhere));
        Assert.Matches("^[0-9a-f]{64}$", Of(here));

        // A typo fixed in a label or in the signature leaves every form already sent valid…
        var relabelled = here with { Indicators = here.Indicators.Select((i, n) => n == 0 ? i with { Label = i.Label + " (sửa)" } : i).ToEquatableArray() };
        Assert.Equal(Of(here), Of(relabelled));
        Assert.Equal(Of(here), Of(here with { Document = here.Document with { Signature = null } }));
        // …what changes the cells does not.
        Assert.NotEqual(Of(here), Of(here with { Revision = here.Revision + 1 }));
        Assert.NotEqual(Of(here), Of(here with { Indicators = here.Indicators.Select((i, n) => n == 0 ? i with { By = Disaggregation.None } : i).ToEquatableArray() }));
        Assert.NotEqual(Of(here), Of(here with { Forms = here.Forms.Take(2).ToEquatableArray() }));
        Assert.NotEqual(Of(here), Of(here with { Narratives = here.Narratives.Select(n => n with { MaxLength = 100 }).ToEquatableArray() }));
        Assert.NotEqual(Of(here), Of(here with { Indicators = here.Indicators.Select((i, n) => n == 0 ? i with { Unit = "lượt" } : i).ToEquatableArray() }));
        // Another report added mid-year leaves the forms of this one valid.
        Assert.Equal(Of(here), Of(here with { Reports = here.Reports.Append(here.Reports[0] with { Id = "bo_sung" }).ToEquatableArray() }));
    }

    [Fact]
    public void Build_rejects_an_unknown_report_or_period()
    {
        var (plan, period, unit) = FormOf("ke-hoach-76-kh-du.plan.yaml");
        Assert.Throws<ArgumentException>(() => InputForm.Build(plan, "khong_co", period.PeriodKey, unit));
        Assert.Throws<ArgumentException>(() => InputForm.Build(plan, "hang_nam", "1999", unit));
    }
}
