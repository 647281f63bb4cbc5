using System.Globalization;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// The importer, the form's data validation and the validator accept and refuse the same values, the ones
/// <see cref="AcceptedValues"/> says; and the workbook words regimes and deadlines as <see cref="ReportWording"/> does.
/// </summary>
public sealed class AcceptedValuesAgreementTests
{
    private const string Template = "ke-hoach-76-kh-du.plan.yaml";
    private const string Report = "hang_nam";
    private const string Period = "2023";
    private const string Indicator = "dang_vien";

    private readonly string _folder = RepoPaths.NewTempFolder("accepted-values");

    public static TheoryData<string, string> Probes()
    {
        var data = new TheoryData<string, string>();
        // A count of at least 5 and at most 100; a decimal with no bounds (only the plausibility bound); a default count.
        foreach (var value in new[] { "4", "5", "5.5", "100", "101", "-1", "2000000000000000" })
            data.Add("integer 5..100", value);
        foreach (var value in new[] { "-1", "0.5", "1000000000000000", "2000000000000000", "-2000000000000000" })
            data.Add("decimal", value);
        foreach (var value in new[] { "-1", "0", "2.5", "2000000000000000" })
            data.Add("integer", value);
        return data;
    }

    private static PlanSpec Variant(string variant)
    {
        var plan = FormsTestKit.Plan(Template);
        IndicatorSpec Change(IndicatorSpec i) => variant switch
        {
            "integer 5..100" => i with { Min = 5m, Max = 100m },
            "decimal" => i with { Type = IndicatorType.Decimal, Min = null, Max = null },
            _ => i,
        };
        return plan with { Indicators = new EquatableArray<IndicatorSpec>(plan.Indicators.Select(i => i.Id == Indicator ? Change(i) : i).ToArray()) };
    }

    [Theory]
    [MemberData(nameof(Probes))]
    public void The_importer_and_the_validator_refuse_what_the_model_refuses(string variant, string text)
    {
        var value = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        var plan = Variant(variant);
        var accepted = AcceptedValues.Of(plan.Indicators.Single(i => i.Id == Indicator));
        var sample = SampleData.Create(plan, 7);
        var unit = sample.Units[Consolidator.ExpectedUnitIds(plan, Report, sample.Units).First()];
        var path = Path.Combine(_folder, "form.xlsx");
        InputForm.Save(plan, Report, Period, unit, path);
        var submission = new Submission(plan.Id, Report, unit.Id, Period) { SubmittedOn = new DateOnly(2023, 11, 20) }
            .WithValue(Indicator, value).WithValue("dang_vien_tham_gia", 0).WithNarrative("ket_qua", "Đã quán triệt đầy đủ.");
        FormsTestKit.Fill(path, submission);

        var result = FormImporter.ImportFolder(_folder, new FormImportOptions(plan) { ReportId = Report, PeriodKey = Period, Units = sample.Units });

        // The importer refuses the range (whole number, minimum, maximum) and leaves the plausibility bound to the validator.
        var importerRefuses = result.Problems.Any(p => p.Severity == ImportSeverity.Error);
        Assert.Equal(accepted.CheckRange(value) != ValueCheck.Accepted, importerRefuses);

        // The validator refuses exactly what the model refuses, whether the value came from a form or not.
        Assert.Equal(accepted.Accepts(value), ValidatorAccepts(plan, submission));
        if (!importerRefuses)
        {
            Assert.Equal(accepted.Accepts(value), ValidatorAccepts(plan, Assert.Single(result.Submissions)));
        }
    }

    private static readonly string[] ValueCodes = { ProblemCodes.Implausible, ProblemCodes.NotWhole, ProblemCodes.BelowMin, ProblemCodes.AboveMax };

    private static bool ValidatorAccepts(PlanSpec plan, Submission submission) =>
        !SubmissionValidator.Validate(plan, submission).Any(p => p.IndicatorId == Indicator && ValueCodes.Contains(p.RuleId));

    [Theory]
    [InlineData("integer 5..100")]
    [InlineData("decimal")]
    [InlineData("integer")]
    public void The_forms_data_validation_bounds_are_the_models(string variant)
    {
        var plan = Variant(variant);
        var indicator = plan.Indicators.Single(i => i.Id == Indicator);
        var accepted = AcceptedValues.Of(indicator);
        var sample = SampleData.Create(plan, 7);
        var unit = sample.Units[Consolidator.ExpectedUnitIds(plan, Report, sample.Units).First()];
        var path = Path.Combine(_folder, "bounds.xlsx");
        InputForm.Save(plan, Report, Period, unit, path);

        var address = FormsTestKit.CellMap(FormsTestKit.MetadataRows(path)).Values[new ValueKey(Indicator)];
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(InputForm.SheetName);
        var validation = sheet.DataValidations.First(v => v.Ranges.Any(r => r.Contains(sheet.Cell(address))));
        static decimal? Bound(string? text) => string.IsNullOrEmpty(text) ? null : (decimal)double.Parse(text, CultureInfo.InvariantCulture);

        if (accepted.WholeNumbers)
        {
            // A whole-number cell: the indicator's own range (writers hold whole-number bounds as 32-bit integers).
            Assert.Equal(XLAllowedValues.WholeNumber, validation.AllowedValues);
            Assert.Equal(accepted.Min, Bound(validation.MinValue));
            if (accepted.Max is { } max)
                Assert.Equal(max, Bound(validation.MaxValue));
        }
        else
        {
            Assert.Equal(XLAllowedValues.Decimal, validation.AllowedValues);
            Assert.Equal(accepted.Lowest, Bound(validation.MinValue));
            Assert.Equal(accepted.Highest, Bound(validation.MaxValue));
            Assert.Equal(AcceptedValues.MaxMagnitude, accepted.Highest);
        }
    }

    [Theory]
    [MemberData(nameof(SeedTemplates))]
    public void The_plan_sheet_words_every_regime_and_deadline_as_the_model_does(string template)
    {
        var plan = SummaryFixtures.Plan(template);
        using var workbook = SummaryFixtures.Open(SummaryFixtures.FirstPeriodSummary(template, plan.Reports[0].Id));
        var texts = workbook.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()).ToHashSet();
        foreach (var report in plan.Reports)
        {
            Assert.Contains(string.Join("\n", ReportWording.RegimeLines(plan, report)), texts);
            if (ReportWording.DataWindow(report) is { } window)
            {
                // The data window in the generated documentation's words (its first letter capitalised on the sheet).
                Assert.Contains(texts, t => t.Contains("Chốt số liệu: T" + window.Substring(1), StringComparison.Ordinal));
            }
        }
    }

    public static TheoryData<string> SeedTemplates() =>
        new(Directory.GetFiles(RepoPaths.Templates, "*.plan.yaml").Select(f => Path.GetFileName(f).Replace(".plan.yaml", string.Empty)));
}
