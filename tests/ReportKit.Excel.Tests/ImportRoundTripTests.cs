using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

public sealed class ImportRoundTripTests
{
    public static TheoryData<string> Templates => new(FormsTestKit.SeedTemplates);

    /// <summary>
    /// Forms for every expected unit of one period, filled from the sample submissions (a unit that submitted twice
    /// gets two files), imported back: the consolidated summary is the one of the original submissions, except the
    /// sample's deliberately wrong values (a negative or fractional count), whose files the importer rejects by cell.
    /// </summary>
    [Theory]
    [MemberData(nameof(Templates))]
    public void Filled_forms_import_to_the_same_summary_as_the_original_submissions(string template)
    {
        var plan = FormsTestKit.Plan(template);
        var sample = SampleData.Create(plan, 7);
        var period = FormsTestKit.PeriodOf(sample);
        var originals = sample.Submissions.Where(s => s.ReportId == period.ReportId && s.PeriodKey == period.PeriodKey).ToArray();
        var blanks = RepoPaths.NewTempFolder("roundtrip-blank");
        var filled = RepoPaths.NewTempFolder("roundtrip-filled");

        var expected = Consolidator.ExpectedUnitIds(plan, period.ReportId, sample.Units);
        foreach (var unitId in expected)
        {
            InputForm.Save(plan, period.ReportId, period.PeriodKey, sample.Units[unitId], Path.Combine(blanks, unitId + ".xlsx"));
        }

        foreach (var submission in originals)
        {
            var path = Path.Combine(filled, submission.Source!);
            File.Copy(Path.Combine(blanks, submission.UnitId + ".xlsx"), path);
            FormsTestKit.Fill(path, submission);
        }

        var result = FormImporter.ImportFolder(filled, new FormImportOptions(plan)
        {
            ReportId = period.ReportId,
            PeriodKey = period.PeriodKey,
            Units = sample.Units,
        });

        var indicators = plan.Indicators.ToDictionary(i => i.Id);
        bool Importable(Submission s) => s.Values.All(v =>
            v.Value is not { } value || indicators[v.Key.IndicatorId].Type != IndicatorType.Integer || (value >= 0 && value == decimal.Truncate(value)));
        var rejected = originals.Where(s => !Importable(s)).Select(s => s.Source!).OrderBy(s => s, StringComparer.Ordinal).ToArray();
        Assert.Equal(rejected, result.RejectedFiles.OrderBy(s => s, StringComparer.Ordinal));
        foreach (var problem in result.Problems.Where(p => p.Severity == ImportSeverity.Error))
        {
            Assert.Contains(problem.Code, new[] { ImportProblemCodes.Negative, ImportProblemCodes.NotWhole });
            Assert.Equal(InputForm.SheetName, problem.Sheet);
            Assert.NotNull(problem.Cell);
        }

        Assert.All(result.Problems.Where(p => p.Severity == ImportSeverity.Warning), p => Assert.Equal(ImportProblemCodes.DuplicateUnit, p.Code));

        var kept = originals.Where(Importable).ToArray();
        Assert.NotEmpty(kept);
        Assert.Equal(kept.Length, result.Submissions.Count);
        foreach (var imported in result.Submissions)
        {
            var original = kept.Single(s => s.Source == imported.Source);
            Assert.Equal(original.SubmittedOn, imported.SubmittedOn);
            Assert.Equal(original.UnitId, imported.UnitId);
            Assert.Equal(original.Values.Where(v => v.Value is not null), imported.Values.Where(v => v.Value is not null));
            Assert.Equal(original.Narratives.Where(n => n.Value is not null), imported.Narratives.Where(n => n.Value is not null));
        }

        var before = Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, sample.Units, kept, period.AsOf).ToText();
        var after = Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, sample.Units, result.Submissions, period.AsOf).ToText();
        Assert.Equal(before, after);
    }
}

/// <summary>Forms of every seed plan, filled and then saved unchanged by LibreOffice or openpyxl, import to the same values.</summary>
public sealed class ImportOfficeRoundTripTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in FormsTestKit.SeedTemplates)
        {
            data.Add(template, "libreoffice");
            data.Add(template, "openpyxl");
        }

        return data;
    }

    [OfficeTheory]
    [MemberData(nameof(Cases))]
    public void A_filled_form_saved_unchanged_by_another_program_imports_to_the_same_values(string template, string program)
    {
        var plan = FormsTestKit.Plan(template);
        var sample = SampleData.Create(plan, 7);
        var period = FormsTestKit.PeriodOf(sample);
        var indicators = plan.Indicators.ToDictionary(i => i.Id);
        // A submission whose values the importer accepts, with the most values and narratives filled.
        var original = sample.Submissions
            .Where(s => s.ReportId == period.ReportId && s.PeriodKey == period.PeriodKey && s.SubmittedOn is not null)
            .Where(s => s.Values.All(v => v.Value is not { } value || indicators[v.Key.IndicatorId].Type != IndicatorType.Integer || (value >= 0 && value == decimal.Truncate(value))))
            .OrderByDescending(s => s.Values.Count(v => v.Value is not null) + s.Narratives.Count(n => n.Value is not null))
            .ThenBy(s => s.Source, StringComparer.Ordinal)
            .First();
        var scratch = RepoPaths.NewTempFolder("office-roundtrip-source");
        var folder = RepoPaths.NewTempFolder("office-roundtrip");
        var filled = Path.Combine(scratch, "filled.xlsx");
        InputForm.Save(plan, period.ReportId, period.PeriodKey, sample.Units[original.UnitId], filled);
        FormsTestKit.Fill(filled, original);
        var saved = Path.Combine(folder, program + ".xlsx");
        if (program == "libreoffice")
        {
            OfficeTools.SaveWithLibreOffice(filled, saved);
        }
        else
        {
            OfficeTools.EditWithOpenpyxl(filled, saved);
        }

        var result = FormImporter.ImportFolder(folder, new FormImportOptions(plan) { ReportId = period.ReportId, PeriodKey = period.PeriodKey, Units = sample.Units });

        Assert.Empty(result.Problems);
        var imported = Assert.Single(result.Submissions);
        Assert.Equal(original.SubmittedOn, imported.SubmittedOn);
        Assert.Equal(original.Values.Where(v => v.Value is not null), imported.Values.Where(v => v.Value is not null));
        Assert.Equal(original.Narratives.Where(n => n.Value is not null), imported.Narratives.Where(n => n.Value is not null));
    }
}
