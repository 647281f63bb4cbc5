using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using ReportKit.Templates;

namespace ReportKit.Tests;

/// <summary>
/// Properties of row lists (<c>lists:</c>) over random trees and random rows: every row a unit sent is in the summary
/// once, under its unit, in tree order and its own order; <c>count()</c> and <c>sum()</c> of a unit are those of its
/// subtree; and the relay passes every row up with the unit that reported it.
/// </summary>
public sealed class ListPropertyTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 20);

    private const string Template = """
        reportkit: 1
        plan: { id: DanhSachNgauNhien, kind: party, genre: KẾ HOẠCH, issuer: { name: ĐẢNG ỦY XÃ }, title: thử }
        levels: [ { id: chi_bo, name: Chi bộ }, { id: dang_uy, name: Đảng ủy } ]
        units:
          - { id: cac_chi_bo, name: Các chi bộ, level: chi_bo, reports: [nam] }
        indicators:
          - { id: so_mo_hinh, label: Số mô hình, type: ratio, format: number, formula: count(mo_hinh) }
          - { id: so_nguoi, label: Số người tham gia, type: ratio, format: number, formula: sum(mo_hinh.so_nguoi) }
        lists:
          - id: mo_hinh
            label: Mô hình
            rows: 6
            columns:
              - { id: ten, label: Tên mô hình }
              - { id: so_nguoi, label: Số người, type: integer }
        reports:
          - { id: nam, title: Báo cáo năm, period: year, from: 2024, due: { month: 12, day: 15 } }
        """;

    private static readonly PlanSpec Plan = PlanTemplateParser.Parse("danh-sach.plan.yaml", Template) is { Plan: { } plan, HasErrors: false }
        ? plan
        : throw new InvalidOperationException(string.Join("\n", PlanTemplateParser.Parse("danh-sach.plan.yaml", Template).Diagnostics));

    /// <summary>One party committee over one to eight cells; each cell sends zero to six rows (a blank count allowed).</summary>
    private static readonly Gen<(int Cells, int?[][] Rows)> Scenarios =
        from cells in Gen.Int[1, 8]
        from rows in Gen.Int[-1, 500].Select(v => v < 0 ? (int?)null : v).Array[0, 6].Array[cells]
        select (cells, rows);

    [Fact]
    public void Every_row_is_gathered_once_in_tree_order_and_the_aggregates_are_those_of_the_subtree()
    {
        Scenarios.Sample(scenario =>
        {
            var (tree, submissions) = Build(scenario.Cells, scenario.Rows);

            var summary = Consolidator.Summarize(Plan, "nam", "2024", tree, submissions, AsOf);

            var expected = scenario.Rows.SelectMany((rows, cell) => rows.Select((_, i) => (CellId(cell), i + 1, (string?)Name(cell, i)))).ToArray();
            Assert.Equal(expected, summary.ListRows.Select(r => (r.UnitId, r.Number, r.Row["ten"])));
            var all = scenario.Rows.SelectMany(r => r).ToArray();
            Assert.Equal(all.Length, summary.Value("dang_uy", "so_mo_hinh") ?? 0);
            Assert.Equal(all.Sum(p => p ?? 0), summary.Value("dang_uy", "so_nguoi") ?? 0);
            for (var cell = 0; cell < scenario.Cells; cell++)
                Assert.Equal(scenario.Rows[cell].Length, summary.Value(CellId(cell), "so_mo_hinh") ?? 0);
        });
    }

    [Fact]
    public void The_relay_passes_every_row_up_with_the_unit_that_reported_it()
    {
        Scenarios.Sample(scenario =>
        {
            var (tree, submissions) = Build(scenario.Cells, scenario.Rows);
            var summary = Consolidator.Summarize(Plan, "nam", "2024", tree, submissions, AsOf);

            var relayed = summary.ToSubmission("dang_uy", AsOf);

            var expected = scenario.Rows.SelectMany((rows, cell) => rows.Select((_, i) => ((string?)tree[CellId(cell)].Name, (string?)Name(cell, i)))).ToArray();
            Assert.Equal(expected, relayed.RowsOf("mo_hinh").Select(r => (r.ReportedBy, r["ten"])));
            var above = Consolidator.Summarize(Plan, "nam", "2024", UnitTree.Create(new[] { tree["dang_uy"] with { LevelId = "chi_bo" } }),
                new[] { relayed }, AsOf);
            Assert.Equal(summary.Value("dang_uy", "so_nguoi"), above.Value("dang_uy", "so_nguoi"));
            Assert.Equal(relayed.RowsOf("mo_hinh"), above.ListRows.Select(r => r.Row));
        });
    }

    private static (UnitTree Tree, Submission[] Submissions) Build(int cells, int?[][] rows)
    {
        var units = new List<Unit> { new("dang_uy", "Đảng ủy xã", null, "dang_uy") };
        units.AddRange(Enumerable.Range(0, cells).Select(c => new Unit(CellId(c), "Chi bộ " + (c + 1).ToString(CultureInfo.InvariantCulture), "dang_uy", "chi_bo")));
        var submissions = Enumerable.Range(0, cells).Select(c =>
            new Submission(Plan.Id, "nam", CellId(c), "2024") { SubmittedOn = new(2024, 12, 1), Source = CellId(c) + ".xlsx" }
                .WithRows("mo_hinh", rows[c].Select((people, i) => new ListRow().With("ten", Name(c, i))
                    .With("so_nguoi", people?.ToString(CultureInfo.InvariantCulture))))).ToArray();
        return (UnitTree.Create(units), submissions);
    }

    private static string CellId(int cell) => "chi_bo_" + cell.ToString(CultureInfo.InvariantCulture);

    private static string Name(int cell, int row) => "Mô hình " + (cell + 1).ToString(CultureInfo.InvariantCulture) + "." + (row + 1).ToString(CultureInfo.InvariantCulture);
}
