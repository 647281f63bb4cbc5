using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Summary;
using ReportKit.Templates;

namespace ReportKit.Excel.Tests;

/// <summary>
/// The input form, the summary table (its headers and their legend) and the summary's plan sheet number every
/// content item, content group and form alike, read off the workbooks as <see cref="WorkbookText"/> renders them:
/// <c>1.1</c> beside the title on the form, <c>1.1. title</c> in the summary's header, <c>1.1.</c> before the title in
/// the plan's outline; a bullet item has no number in a header.
/// </summary>
public sealed class ItemNumberingAgreementTests
{
    private static readonly Regex CellLine = new(@"^    ([A-Z]+)([0-9]+) text ""((?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant);

    [Theory]
    [MemberData(nameof(SummaryWorkbookTests.TemplateReports), MemberType = typeof(SummaryWorkbookTests))]
    public void Form_summary_and_plan_sheet_number_every_item_alike(string template, string reportId)
    {
        var plan = SummaryFixtures.Plan(template);
        var summary = SummaryFixtures.FirstPeriodSummary(template, reportId);
        var itemColumns = summary.Columns.Where(c => c.IsEntered && c.ItemId is not null).ToArray();
        if (itemColumns.Length == 0)
        {
            return;
        }

        var unit = summary.Statuses[0].Unit;
        using var formStream = new MemoryStream();
        InputForm.Save(plan, reportId, summary.Period.Period.Key, unit, formStream);
        var form = Cells(Render(formStream), InputForm.SheetName);
        using var summaryStream = new MemoryStream();
        summary.Save(summaryStream);
        var rendered = Render(summaryStream);
        var table = Cells(rendered, SummaryWorkbook.MainSheetName);
        var outline = Cells(rendered, SummaryWorkbook.PlanSheetName);
        var tableTexts = table.Values.ToHashSet();

        var checkedItems = 0;
        foreach (var column in itemColumns)
        {
            var indicator = plan.Indicators.Single(i => i.Id == column.IndicatorId);
            var item = plan.ItemsOf(indicator).Single(i => i.Id == column.ItemId);
            var groups = indicator.By == Disaggregation.Contents ? plan.GroupsAbove(item.Id).Select(g => g.Title) : Enumerable.Empty<string>();
            foreach (var title in groups.Append(item.Title))
            {
                // The form: the number beside the title.
                var onForm = NumbersBeside(form, title);
                var number = Assert.Single(onForm.Distinct());

                // The summary: the header says "number. title" (a bullet: the title alone), in place or in the legend.
                var label = number == ItemNumbering.Bullet ? title : number + ". " + title;
                var inPlace = tableTexts.Contains(label);
                // The legend runs on: "Ghi chú các cột: 1.1. …; (a) …;" then rows of further entries (titles may hold "; " themselves).
                bool InLegend(string entry) => tableTexts.Any(t => Regex.IsMatch(t, "(^|: |; )" + entry + @"(; |;$|\.$)"));
                var asNumber = tableTexts.Contains(number) && InLegend(Regex.Escape(label));
                var asMark = InLegend(@"\([a-z]+\) " + Regex.Escape(label));
                Assert.True(inPlace || asNumber || asMark, $"{template}/{reportId}: the summary does not show «{label}» (the form shows «{number}» beside «{title}»).");

                // The plan sheet: the outline writes the number as the document does before the title.
                var heading = number == ItemNumbering.Bullet ? number : number + ".";
                Assert.Contains(heading, NumbersBeside(outline, title));
                checkedItems++;
            }
        }

        Assert.True(checkedItems >= itemColumns.Length);
    }

    private static string Render(MemoryStream stream)
    {
        stream.Position = 0;
        return WorkbookText.Render(stream);
    }

    /// <summary>Column A of each row whose column B is <paramref name="title"/>.</summary>
    private static List<string> NumbersBeside(Dictionary<(string Column, int Row), string> cells, string title) =>
        cells.Where(c => c.Key.Column == "B" && c.Value == title)
            .Select(c => cells.TryGetValue(("A", c.Key.Row), out var number) ? number : string.Empty)
            .ToList();

    /// <summary>The text cells of one sheet of a <see cref="WorkbookText"/> rendering, by column letter and row.</summary>
    private static Dictionary<(string Column, int Row), string> Cells(string rendered, string sheetName)
    {
        var cells = new Dictionary<(string Column, int Row), string>();
        var inSheet = false;
        foreach (var line in rendered.Split('\n'))
        {
            if (line.StartsWith("sheet ", System.StringComparison.Ordinal))
            {
                inSheet = line.StartsWith("sheet " + WorkbookText.Quote(sheetName) + " ", System.StringComparison.Ordinal);
            }
            else if (inSheet && CellLine.Match(line) is { Success: true } match)
            {
                cells[(match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))] = Regex.Unescape(match.Groups[3].Value);
            }
        }

        Assert.NotEmpty(cells);
        return cells;
    }
}
