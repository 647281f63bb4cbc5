using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// Random templates with categories (one, or a cross-tab of two, some combinations excluded, or a category crossed with
/// forms) and random submissions: forms filled from the submissions and imported summarize as the submissions do directly,
/// and every cross-tab row and column total is the sum of its cells. With a random row list (<c>lists:</c>, columns of every
/// type: text, integer, decimal, date, yes_no, a choice of a category) the same round trip holds for its rows.
/// </summary>
public sealed class CategoryPropertyTests
{
    /// <summary>A random split: option counts of two categories, whether to cross them (or cross the first with forms), excluded cells.</summary>
    private sealed record Shape(int First, int Second, int Cross, bool[] Excluded, int[][] Values);

    private static readonly Gen<Shape> Shapes =
        from first in Gen.Int[1, 4]
        from second in Gen.Int[1, 3]
        from cross in Gen.Int[0, 2] // 0: by the first category; 1: by [first, second]; 2: by [first, forms]
        from excluded in Gen.Bool.Array[12]
        from values in Gen.Int[-1, 30].Array[12].Array[3]
        select new Shape(first, second, cross, excluded, values);

    /// <summary>
    /// A random row list: its blank rows on the form, its column types (0 text, 1 integer, 2 decimal, 3 date, 4 yes_no,
    /// 5 a choice of the first category), and per unit the rows it fills, each cell a number to draw its value from
    /// (negative: blank; the first column is never blank, so no filled row is empty).
    /// </summary>
    private sealed record ListShape(int Rows, int[] Types, int[][][] Cells);

    private static readonly Gen<(Shape Split, ListShape List)> ListShapes =
        from split in Shapes
        from rows in Gen.Int[1, 4]
        from types in Gen.Int[0, 5].Array[1, 6]
        from cells in Gen.Int[-3, 400].Array[types.Length].Array[0, rows].Array[3]
        select (split, new ListShape(rows, types, cells));

    private static readonly string[] Texts = { "Mô hình “Dân vận khéo”", "Tủ sách pháp luật", "Con đường hoa", "Hội thi A & B", "Nguyễn Thị Bình" };

    [Fact]
    public void Filled_forms_of_random_lists_import_to_the_summary_of_the_submissions()
    {
        ListShapes.Sample(sample =>
        {
            var (shape, list) = sample;
            var text = Template(shape, list);
            var parsed = PlanTemplateParser.Parse("/p/lists.plan.yaml", text);
            Assert.True(parsed.Plan is not null && !parsed.HasErrors, text + "\n" + string.Join("\n", parsed.Diagnostics));
            var plan = parsed.Plan!;
            var options = plan.Categories[0].Options;
            string? Value(int type, int n) => n < 0 ? null : type switch
            {
                0 => Texts[n % Texts.Length],
                1 => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                2 => (n / 4m).ToString(System.Globalization.CultureInfo.InvariantCulture),
                3 => new System.DateOnly(2024, 1, 1).AddDays(n).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                4 => n % 2 == 0 ? ListCells.Yes : ListCells.No,
                _ => options[n % options.Count].Id,
            };
            var submissions = Enumerable.Range(0, 3).Select(u =>
            {
                var rows = list.Cells[u].Select(cells => cells.Select((n, c) => (n: c == 0 ? System.Math.Abs(n) : n, c))
                    .Aggregate(new ListRow(), (row, p) => row.With("cot_" + p.c, Value(list.Types[p.c], p.n))));
                return new Submission(plan.Id, "bao_cao", "xa_" + (u + 1), "once") { SubmittedOn = new System.DateOnly(2025, 1, 2), Source = "xa_" + (u + 1) + ".xlsx" }
                    .WithRows("hoat_dong", rows);
            }).ToArray();

            var (direct, imported) = RoundTrip(plan, submissions);

            Assert.Equal(list.Cells.Sum(u => u.Length), direct.ListRows.Count);
            Assert.Equal(direct.ToText(), imported.ToText());
        }, iter: 12, threads: 1);
    }

    private static readonly UnitTree Units = UnitTree.Create(new[]
    {
        new Unit("tinh", "Ban Chỉ đạo tỉnh", null, "tinh"),
        new Unit("xa_1", "Ban Chỉ đạo xã 1", "tinh", "xa"),
        new Unit("xa_2", "Ban Chỉ đạo xã 2", "tinh", "xa"),
        new Unit("xa_3", "Ban Chỉ đạo xã 3", "tinh", "xa"),
    });

    /// <summary>
    /// The summary of <paramref name="submissions"/> directly, and of the forms the test kit fills from them (values,
    /// list rows, date) once imported; every form accepted.
    /// </summary>
    private static (ReportSummary Direct, ReportSummary Imported) RoundTrip(PlanSpec plan, IReadOnlyList<Submission> submissions)
    {
        var folder = RepoPaths.NewTempFolder("category-property");
        foreach (var submission in submissions)
        {
            var path = Path.Combine(folder, submission.Source!);
            InputForm.Save(plan, "bao_cao", "once", Units[submission.UnitId], path);
            FormsTestKit.Fill(path, submission, plan);
        }

        var imported = FormImporter.ImportFolder(folder, new FormImportOptions(plan) { ReportId = "bao_cao", PeriodKey = "once", Units = Units });
        Assert.True(imported.RejectedFiles.Count == 0, string.Join("\n", imported.Problems.Select(p => p.Message)));
        var asOf = new System.DateOnly(2025, 1, 5);
        return (Consolidator.Summarize(plan, "bao_cao", "once", Units, submissions, asOf),
            Consolidator.Summarize(plan, "bao_cao", "once", Units, imported.Submissions, asOf));
    }

    [Fact]
    public void Filled_forms_of_random_categories_import_to_the_summary_of_the_submissions()
    {
        Shapes.Sample(shape =>
        {
            var text = Template(shape);
            var parsed = PlanTemplateParser.Parse("/p/categories.plan.yaml", text);
            Assert.True(parsed.Plan is not null, text + "\n" + string.Join("\n", parsed.Diagnostics));
            var plan = parsed.Plan!;
            var units = UnitTree.Create(new[]
            {
                new Unit("tinh", "Ban Chỉ đạo tỉnh", null, "tinh"),
                new Unit("xa_1", "Ban Chỉ đạo xã 1", "tinh", "xa"),
                new Unit("xa_2", "Ban Chỉ đạo xã 2", "tinh", "xa"),
                new Unit("xa_3", "Ban Chỉ đạo xã 3", "tinh", "xa"),
            });
            var indicator = plan.Indicators[0];
            var cells = plan.EnteredCellsOf(indicator);
            var submissions = Enumerable.Range(0, 3).Select(u =>
            {
                var submission = new Submission(plan.Id, "bao_cao", "xa_" + (u + 1), "once") { SubmittedOn = new System.DateOnly(2025, 1, 2), Source = "xa_" + (u + 1) + ".xlsx" };
                for (var i = 0; i < cells.Count; i++)
                    submission = submission.WithValue(indicator.Id, cells[i].ItemId, shape.Values[u][i] < 0 ? null : shape.Values[u][i]);
                return submission;
            }).ToArray();

            var folder = RepoPaths.NewTempFolder("category-property");
            foreach (var submission in submissions)
            {
                var path = Path.Combine(folder, submission.Source!);
                InputForm.Save(plan, "bao_cao", "once", units[submission.UnitId], path);
                FormsTestKit.Fill(path, submission);
            }

            var imported = FormImporter.ImportFolder(folder, new FormImportOptions(plan) { ReportId = "bao_cao", PeriodKey = "once", Units = units });

            Assert.True(imported.RejectedFiles.Count == 0, text + "\n" + string.Join("\n", imported.Problems.Select(p => p.Message)));
            var asOf = new System.DateOnly(2025, 1, 5);
            var direct = Consolidator.Summarize(plan, "bao_cao", "once", units, submissions, asOf);
            Assert.Equal(direct.ToText(), Consolidator.Summarize(plan, "bao_cao", "once", units, imported.Submissions, asOf).ToText());
            var columns = direct.Columns.Select((c, i) => (c, i)).ToArray();
            foreach (var (row, index) in columns.Where(x => x.c.Role == ColumnRole.Total && x.c.ItemId is not null))
            {
                // A row's total adds its cells; a column's total (*.column) adds that column's cells of every row.
                var column = IndicatorCells.ColumnOfTotal(row.ItemId);
                var parts = columns.Where(x => x.c.Role == ColumnRole.Entered && (column is null
                        ? x.c.ItemId!.StartsWith(row.ItemId + ".", System.StringComparison.Ordinal)
                        : x.c.ItemId!.EndsWith("." + column, System.StringComparison.Ordinal)))
                    .Select(x => direct.Total.Values[x.i]).Where(v => v is not null).ToArray();
                Assert.Equal(parts.Length == 0 ? null : parts.Sum(), direct.Total.Values[index]);
            }
        }, iter: 12, threads: 1);
    }

    private static string Template(Shape shape, ListShape? list = null)
    {
        var text = new StringBuilder("reportkit: 1\nplan:\n  id: KeHoachPhanLoai\n  kind: state\n  genre: KẾ HOẠCH\n  symbol: KH-UBND\n  title: thử\n  issuer: { name: UBND TỈNH }\n");
        text.Append("forms:\n  - { id: truc_tiep, title: Trực tiếp }\n  - { id: truc_tuyen, title: Trực tuyến }\n");
        text.Append("levels:\n  - { id: xa, name: Cấp xã }\n  - { id: tinh, name: Cấp tỉnh }\n");
        text.Append("categories:\n");
        foreach (var (id, count) in new[] { ("doi_tuong", shape.First), ("gioi_tinh", shape.Second) })
        {
            text.Append("  - id: ").Append(id).Append("\n    title: Phân loại ").Append(id).Append("\n    options:\n");
            for (var i = 1; i <= count; i++)
                text.Append("      - { id: ").Append(id).Append('_').Append(i).Append(", title: Phương án ").Append(i).Append(" }\n");
        }

        var second = shape.Cross == 2 ? new[] { "truc_tiep", "truc_tuyen" } : Enumerable.Range(1, shape.Second).Select(i => "gioi_tinh_" + i).ToArray();
        text.Append("indicators:\n  - id: so_luot\n    label: Số lượt\n    unit: lượt\n");
        text.Append(shape.Cross switch { 0 => "    by: doi_tuong\n", 1 => "    by: [doi_tuong, gioi_tinh]\n", _ => "    by: [doi_tuong, forms]\n" });
        if (shape.Cross > 0)
        {
            // Never exclude every cell: the first stays.
            var excluded = new List<string>();
            var n = 0;
            for (var r = 1; r <= shape.First; r++)
            {
                foreach (var column in second)
                {
                    if (n > 0 && n < shape.Excluded.Length && shape.Excluded[n])
                        excluded.Add("[doi_tuong_" + r + ", " + column + "]");
                    n++;
                }
            }

            if (excluded.Count > 0)
                text.Append("    exclude: [").Append(string.Join(", ", excluded)).Append("]\n");
        }

        if (list is not null)
        {
            var types = new[] { "text", "integer", "decimal", "date", "yes_no", "{ choice: doi_tuong }" };
            text.Append("lists:\n  - id: hoat_dong\n    label: Danh sách hoạt động\n    rows: ").Append(list.Rows).Append("\n    columns:\n");
            for (var c = 0; c < list.Types.Length; c++)
                text.Append("      - { id: cot_").Append(c).Append(", label: Cột ").Append(c + 1).Append(", type: ").Append(types[list.Types[c]]).Append(" }\n");
        }

        text.Append("reports:\n  - { id: bao_cao, title: Báo cáo, period: once, due: { before: 2025-01-10 } }\n");
        return text.ToString();
    }
}
