using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Templates;
using ReportKit.Testing;
using Xunit;

namespace ReportKit.Excel.Tests;

/// <summary>
/// A clerk prints the form and fills it by hand as often as in Excel: every form of every bundled template (each report,
/// each level that owes it) prints one A4 page wide, its 12 pt text at 10 pt or more, never cut into column pages.
/// </summary>
public sealed class FormPageWidthTests
{
    public static TheoryData<string> Templates => new(RepoPaths.BundledTemplatePaths().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_form_prints_one_A4_page_wide_at_a_legible_scale(string template)
    {
        var path = RepoPaths.BundledTemplatePaths().Single(p => Path.GetFileName(p) == template);
        var plan = PlanTemplateParser.Parse(path, File.ReadAllText(path)).Plan!;
        var sample = SampleData.Create(plan, 7);
        var checkedForms = new List<string>();
        foreach (var period in sample.Periods.GroupBy(p => p.ReportId).Select(g => g.First()))
        {
            // One unit per level that owes the report: the form differs by level (its heading, what the level enters).
            var units = Consolidator.ExpectedUnitIds(plan, period.ReportId, sample.Units)
                .Select(id => sample.Units[id]).GroupBy(u => u.LevelId).Select(g => g.First());
            foreach (var unit in units)
            {
                using var stream = new MemoryStream();
                InputForm.Save(plan, period.ReportId, period.PeriodKey, unit, stream);
                stream.Position = 0;
                using var workbook = new XLWorkbook(stream);
                var sheet = workbook.Worksheet(1);
                var form = $"{period.ReportId} / {unit.LevelId}";
                Assert.True(sheet.PageSetup.ColumnBreaks.Count == 0, form + ": cut into column pages");
                Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
                Assert.True(sheet.PageSetup.Scale >= 84, $"{form}: printed at {sheet.PageSetup.Scale} %, 12 pt text below 10 pt");

                // The printed width of the used columns fits between the margins at that scale.
                var lastColumn = sheet.LastColumnUsed()!.ColumnNumber();
                var points = Enumerable.Range(1, lastColumn).Sum(c => (sheet.Column(c).Width + 0.71) * 6) * sheet.PageSetup.Scale / 100.0;
                var paperWidth = sheet.PageSetup.PageOrientation == XLPageOrientation.Landscape ? 297 : 210;
                var printable = (paperWidth - (sheet.PageSetup.Margins.Left + sheet.PageSetup.Margins.Right) * 25.4) * 72 / 25.4;
                Assert.True(points <= printable, $"{form}: {points:0} pt of columns on {printable:0} pt of paper");
                checkedForms.Add(form);
            }
        }

        Assert.NotEmpty(checkedForms);
    }
}
