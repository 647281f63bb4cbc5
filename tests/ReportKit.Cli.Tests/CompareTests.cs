using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using ClosedXML.Excel;
using ReportKit.Excel.Tests;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>
/// <c>summarize --compare --unit-map</c> as processes, across the 2025 reorganisation: seed 001's yearly report of 2024
/// summarized under the old chi bộ, that of 2025 under the merged and new ones, compared.
/// </summary>
public sealed class CompareTests
{
    private const string Report = "hang_nam";

    private readonly string _folder = RepoPaths.NewTempFolder("cli-compare");

    [Fact]
    public void The_year_is_compared_with_the_year_before_through_the_unit_map_and_a_wrong_workbook_is_refused_with_nothing_written()
    {
        Summarize("2024", new[] { ("du", "Đảng ủy xã Tân Lập", null), ("cb_a", "Chi bộ Thôn A", "du"), ("cb_b", "Chi bộ Thôn B", "du") }, 3);
        File.WriteAllText(Path.Combine(_folder, "doi-chieu.csv"), "old_id,new_id\ncb_a,cb_ab\ncb_b,cb_ab\n", new UTF8Encoding(true));
        var now = Summarize("2025", new[] { ("du", "Đảng ủy xã Tân Lập", null), ("cb_ab", "Chi bộ Thôn AB", "du"), ("cb_c", "Chi bộ Thôn C", "du") }, 10,
            "--compare", "tong-hop_2024.xlsx", "--unit-map", "doi-chieu.csv");
        Cli.ExitCode(0, now);

        using (var workbook = new XLWorkbook(Path.Combine(_folder, "tong-hop_2025.xlsx")))
        {
            var sheet = workbook.Worksheet("Tổng hợp");
            var earlierColumn = sheet.CellsUsed().First(c => c.GetString() == "Cùng kỳ").Address.ColumnNumber;
            int Row(string name) => sheet.Column(2).CellsUsed().First(c => c.GetString() == name).Address.RowNumber;
            // so_buoi (the total over its forms of session): 3 a form for each of cb_a and cb_b in 2024, summed into cb_ab; 10 a form in 2025.
            var forms = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml").Forms.Count;
            Assert.Equal(2 * 3 * forms, sheet.Cell(Row("Chi bộ Thôn AB"), earlierColumn).GetDouble());
            Assert.Equal((10 - 6) * forms, sheet.Cell(Row("Chi bộ Thôn AB"), earlierColumn + 1).GetDouble());
            Assert.Equal("không so sánh được", sheet.Cell(Row("Chi bộ Thôn C"), earlierColumn).GetString());
            Assert.True(sheet.Cell(Row("Chi bộ Thôn C"), earlierColumn + 1).IsEmpty());
        }

        var refused = Cli.Run(_folder, "summarize", Cli.Seed001, "--report", Report, "--period", "2025", "--units", "don-vi-2025.csv",
            "--in", "in-2025", "--out", "lai.xlsx", "--as-of", "2025-12-31", "--compare", "tong-hop_2025.xlsx");
        Cli.ExitCode(1, refused);
        Assert.Contains("chính kỳ đang tổng hợp", refused.StandardError);
        Assert.False(File.Exists(Path.Combine(_folder, "lai.xlsx")));

        File.WriteAllText(Path.Combine(_folder, "sai.csv"), "old_id,new_id\ncb_a,cb_x\n", new UTF8Encoding(true));
        var badMap = Cli.Run(_folder, "summarize", Cli.Seed001, "--report", Report, "--period", "2025", "--units", "don-vi-2025.csv",
            "--in", "in-2025", "--out", "lai.xlsx", "--as-of", "2025-12-31", "--compare", "tong-hop_2024.xlsx", "--unit-map", "sai.csv");
        Cli.ExitCode(1, badMap);
        Assert.Contains("đơn vị mới 'cb_x'", badMap.StandardError);
    }

    /// <summary>Writes the units, the forms of <paramref name="year"/> filled with <paramref name="sessions"/> per form, and summarizes them.</summary>
    private ProcessRunner.Result Summarize(string year, (string Id, string Name, string? Parent)[] units, int sessions, params string[] extra)
    {
        var unitsFile = "don-vi-" + year + ".csv";
        File.WriteAllText(Path.Combine(_folder, unitsFile),
            "id,name,parent,level\n" + string.Concat(units.Select(u => $"{u.Id},{u.Name},{u.Parent},{(u.Parent is null ? "dang_uy" : "chi_bo")}\n")), new UTF8Encoding(true));
        Cli.ExitCode(0, Cli.Run(_folder, "forms", Cli.Seed001, "--report", Report, "--period", year, "--units", unitsFile, "--out", "forms-" + year + "/"));
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        Directory.CreateDirectory(Path.Combine(_folder, "in-" + year));
        foreach (var path in Directory.EnumerateFiles(Path.Combine(_folder, "forms-" + year)))
        {
            var unit = FormsTestKit.MetadataRows(path).Single(r => r[0] == "unit")[1];
            var keys = FormsTestKit.CellMap(FormsTestKit.MetadataRows(path)).Values.Keys;
            var submission = new Submission(plan.Id, Report, unit, year)
            {
                SubmittedOn = new DateOnly(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), 11, 20),
                Values = keys.ToImmutableSortedDictionary(k => k, k => (decimal?)(k.IndicatorId == "so_buoi" ? sessions : 30)),
            };
            FormsTestKit.Fill(path, submission);
            File.Copy(path, Path.Combine(_folder, "in-" + year, Path.GetFileName(path)));
        }

        var result = Cli.Run(_folder, new[] { "summarize", Cli.Seed001, "--report", Report, "--period", year, "--units", unitsFile,
            "--in", "in-" + year, "--out", "tong-hop_" + year + ".xlsx", "--as-of", year + "-12-31" }.Concat(extra).ToArray());
        Cli.ExitCode(0, result);
        return result;
    }
}
