using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using ClosedXML.Excel;
using ReportKit.Excel.Tests;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>
/// The relay through the command line as processes, three levels of seed 001: chi bộ forms → two Đảng ủy summaries →
/// the Huyện ủy, which reads the two summary workbooks as the Đảng ủy's submissions.
/// </summary>
public sealed class RelayTests
{
    private const string Report = "hang_nam";
    private const string Period = "2024";

    private static readonly (string Id, string Name, string? Parent, string Level)[] Units =
    {
        ("huyen", "Huyện ủy Hữu Lũng", null, "huyen_uy"),
        ("du_hong_phong", "Đảng ủy xã Hồng Phong", "huyen", "dang_uy"),
        ("cb_na_pai", "Chi bộ Thôn Nà Pài", "du_hong_phong", "chi_bo"),
        ("cb_ban_chu", "Chi bộ Thôn Bản Chu", "du_hong_phong", "chi_bo"),
        ("du_tan_thanh", "Đảng ủy xã Tân Thành", "huyen", "dang_uy"),
        ("cb_thon_1", "Chi bộ Thôn 1", "du_tan_thanh", "chi_bo"),
        ("cb_thon_2", "Chi bộ Thôn 2", "du_tan_thanh", "chi_bo"),
        ("cb_truong", "Chi bộ Trường Tiểu học", "du_tan_thanh", "chi_bo"),
    };

    private readonly string _folder = RepoPaths.NewTempFolder("cli-relay");

    [Fact]
    public void Three_levels_relayed_give_the_totals_of_consolidating_every_leaf_form_and_an_edited_relay_is_rejected_by_name()
    {
        WriteUnits("all.csv", Units);
        Cli.ExitCode(0, Cli.Run(_folder, "forms", Cli.Seed001, "--report", Report, "--period", Period, "--units", "all.csv", "--out", "forms/"));
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        var chiBo = Units.Where(u => u.Level == "chi_bo").ToArray();
        var forms = Directory.EnumerateFiles(Path.Combine(_folder, "forms")).OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(chiBo.Length, forms.Length);
        foreach (var (path, n) in forms.Select((f, i) => (f, i)))
        {
            var unit = FormsTestKit.MetadataRows(path).Single(r => r[0] == "unit")[1];
            var submission = new Submission(plan.Id, Report, unit, Period)
            {
                // One chi bộ of Tân Thành reports late, so completeness and timeliness have something to carry.
                SubmittedOn = unit == "cb_truong" ? new DateOnly(2024, 12, 3) : new DateOnly(2024, 11, 20 + n),
                Values = FormsTestKit.CellMap(FormsTestKit.MetadataRows(path)).Values.Keys
                    .ToImmutableSortedDictionary(k => k, k => (decimal?)(k.IndicatorId.StartsWith("dang_vien", System.StringComparison.Ordinal) ? 30 + n : n + 1)),
            };
            FormsTestKit.Fill(path, submission);
            var parent = Units.Single(u => u.Id == unit).Parent!;
            Directory.CreateDirectory(Path.Combine(_folder, "in-" + parent));
            File.Copy(path, Path.Combine(_folder, "in-" + parent, Path.GetFileName(path)));
        }

        // Each Đảng ủy consolidates its own chi bộ; its summary is its submission to the Huyện ủy.
        Directory.CreateDirectory(Path.Combine(_folder, "relay"));
        foreach (var du in Units.Where(u => u.Level == "dang_uy"))
        {
            WriteUnits(du.Id + ".csv", Units.Where(u => u.Id == du.Id || u.Parent == du.Id).Select(u => u.Id == du.Id ? u with { Parent = null } : u));
            Cli.ExitCode(0, Cli.Run(_folder, Summarize(du.Id + ".csv", "in-" + du.Id + "/", "relay/" + du.Id + ".xlsx", "2024-12-05")));
        }

        var top = Cli.Run(_folder, Summarize("all.csv", "relay/", "top.xlsx", "2024-12-15"));
        Cli.ExitCode(0, top);
        Cli.ExitCode(0, Cli.Run(_folder, Summarize("all.csv", "forms/", "direct.xlsx", "2024-12-15")));

        var direct = MainTable("direct.xlsx");
        var relayed = MainTable("top.xlsx");
        Assert.Equal(direct["Tổng cộng"], relayed["Tổng cộng"]);
        Assert.Equal(direct["Đảng ủy xã Tân Thành"], relayed["Đảng ủy xã Tân Thành"]);
        Assert.Contains(relayed["Tổng cộng"], v => v.Length > 0);
        Assert.Contains("2 tệp, 2 nhận (2 báo cáo tổng hợp của cấp dưới), 0 chưa điền, 0 bị từ chối; 5/5 báo cáo đã nhận, 4 đúng hạn", top.StandardOutput + top.StandardError, System.StringComparison.Ordinal);

        // What the Đảng ủy counted below it is carried up: 5 chi bộ owed, 5 received, 4 on time.
        using (var workbook = new XLWorkbook(Path.Combine(_folder, "top.xlsx")))
        {
            var rates = workbook.Worksheet("Tình hình nộp báo cáo");
            var overall = rates.RowsUsed().First(r => r.Cell(2).GetString() == "Chung");
            Assert.Equal((5.0, 5.0, 4.0), (overall.Cell(3).GetDouble(), overall.Cell(4).GetDouble(), overall.Cell(5).GetDouble()));
        }

        // Opened and saved unchanged by another program, a relayed summary is still accepted.
        FormsTestKit.Edit(Path.Combine(_folder, "relay", "du_hong_phong.xlsx"), _ => { });
        Cli.ExitCode(0, Cli.Run(_folder, Summarize("all.csv", "relay/", "top-resaved.xlsx", "2024-12-15")));

        // An edited figure in a relayed summary rejects that file by name and cell; the other relay still counts.
        FormsTestKit.Edit(Path.Combine(_folder, "relay", "du_tan_thanh.xlsx"), workbook =>
        {
            var sheet = workbook.Worksheet("Tổng hợp");
            var root = sheet.RowsUsed().First(r => r.Cell(2).GetString() == "Đảng ủy xã Tân Thành");
            root.Cell(3).SetValue(root.Cell(3).GetDouble() + 10);
        });
        var edited = Cli.Run(_folder, Summarize("all.csv", "relay/", "top-edited.xlsx", "2024-12-15"));
        Cli.ExitCode(1, edited);
        Assert.Contains("du_tan_thanh.xlsx [Tổng hợp!C", edited.StandardError, System.StringComparison.Ordinal);
        Assert.Contains("relay.edited", edited.StandardError, System.StringComparison.Ordinal);
        Assert.Contains("Đã nộp, bị từ chối", MainTable("top-edited.xlsx", withNotes: true)["Đảng ủy xã Tân Thành"][^1], System.StringComparison.Ordinal);

        // An edited chi bộ cell of the relayed table is rejected too, at its cell.
        var editedCell = "";
        FormsTestKit.Edit(Path.Combine(_folder, "relay", "du_hong_phong.xlsx"), workbook =>
        {
            var sheet = workbook.Worksheet("Tổng hợp");
            var row = sheet.RowsUsed().First(r => r.Cell(2).GetString() == "Chi bộ Thôn Bản Chu");
            row.Cell(4).SetValue(row.Cell(4).GetDouble() + 1);
            editedCell = row.Cell(4).Address.ToString()!;
        });
        var editedRow = Cli.Run(_folder, Summarize("all.csv", "relay/", "top-edited-row.xlsx", "2024-12-15"));
        Cli.ExitCode(1, editedRow);
        Assert.Contains("du_hong_phong.xlsx [Tổng hợp!" + editedCell + "]", editedRow.StandardError, System.StringComparison.Ordinal);
        Assert.Contains("relay.edited", editedRow.StandardError, System.StringComparison.Ordinal);

        // A row inserted into the relayed table moves every row below it: rejected, told as such.
        FormsTestKit.Edit(Path.Combine(_folder, "relay", "du_hong_phong.xlsx"), workbook =>
        {
            var sheet = workbook.Worksheet("Tổng hợp");
            sheet.RowsUsed().First(r => r.Cell(2).GetString() == "Chi bộ Thôn Nà Pài").InsertRowsAbove(1);
        });
        var inserted = Cli.Run(_folder, Summarize("all.csv", "relay/", "top-inserted.xlsx", "2024-12-15"));
        Cli.ExitCode(1, inserted);
        Assert.Contains("relay.row_edited", inserted.StandardError, System.StringComparison.Ordinal);
    }

    private static string[] Summarize(string units, string input, string output, string asOf) => new[]
    {
        "summarize", Cli.Seed001, "--report", Report, "--period", Period, "--units", units, "--in", input, "--out", output, "--as-of", asOf,
    };

    private void WriteUnits(string name, IEnumerable<(string Id, string Name, string? Parent, string Level)> units)
    {
        var csv = new StringBuilder("id,name,parent,level\n");
        foreach (var (id, unitName, parent, level) in units)
            csv.Append(id).Append(',').Append(unitName).Append(',').Append(parent).Append(',').Append(level).Append('\n');
        File.WriteAllText(Path.Combine(_folder, name), csv.ToString(), new UTF8Encoding(true));
    }

    /// <summary>The main table's rows by unit name: the value cells as shown (the note column last, or left out).</summary>
    private Dictionary<string, string[]> MainTable(string file, bool withNotes = false)
    {
        using var workbook = new XLWorkbook(Path.Combine(_folder, file));
        var sheet = workbook.Worksheet("Tổng hợp");
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "STT");
        var last = sheet.LastColumnUsed()!.ColumnNumber();
        return sheet.RowsUsed()
            .Where(r => r.RowNumber() > header.RowNumber() && Units.Any(u => u.Name == r.Cell(2).GetString()) || r.Cell(2).GetString() == "Tổng cộng")
            .GroupBy(r => r.Cell(2).GetString())
            .ToDictionary(g => g.Key, g => Enumerable.Range(3, last - (withNotes ? 2 : 3)).Select(c => g.First().Cell(c).GetFormattedString()).ToArray());
    }
}
