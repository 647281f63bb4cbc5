using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Tests;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>
/// The office workflow of seed 001 (Kế hoạch 76-KH/ĐU, report <c>hang_nam</c>, 2024), run once for the tests that
/// look at it: a units file, <c>reportkit forms</c>, four forms filled back (one after the deadline of 30/11/2024),
/// one sent back blank, a truncated copy of a form and a form of another plan in the folder, then
/// <c>reportkit summarize</c> as of 15/12/2024.
/// </summary>
public sealed class OfficeWorkflow
{
    public const string Report = "hang_nam";
    public const string Period = "2024";
    public const string AsOf = "2024-12-15";

    /// <summary>The units file: a Đảng ủy and five chi bộ; one name with '/', one written decomposed (NFD), as a careless export would.</summary>
    public static readonly (string Id, string Name, string? Parent, string Level)[] Units =
    {
        ("dang_uy_hong_phong", "Đảng ủy xã Hồng Phong", null, "dang_uy"),
        ("chi_bo_na_pai", "Chi bộ Thôn Nà Pài", "dang_uy_hong_phong", "chi_bo"),
        ("chi_bo_thon_1_2", "Chi bộ Thôn 1/2", "dang_uy_hong_phong", "chi_bo"),
        ("chi_bo_mam_non", "Chi bộ Trường Mầm non Hồng Phong", "dang_uy_hong_phong", "chi_bo"),
        ("chi_bo_cong_an", "Chi bộ Công an xã", "dang_uy_hong_phong", "chi_bo"),
        ("chi_bo_quan_su", "Chi bộ Quân sự xã", "dang_uy_hong_phong", "chi_bo"),
    };

    /// <summary>The form file each chi bộ gets: its name (NFC, '/' replaced), the report and the period.</summary>
    public static readonly IReadOnlyDictionary<string, string> ExpectedForms = new Dictionary<string, string>
    {
        ["chi_bo_na_pai"] = "Chi bộ Thôn Nà Pài_hang_nam_2024.xlsx",
        ["chi_bo_thon_1_2"] = "Chi bộ Thôn 1_2_hang_nam_2024.xlsx",
        ["chi_bo_mam_non"] = "Chi bộ Trường Mầm non Hồng Phong_hang_nam_2024.xlsx",
        ["chi_bo_cong_an"] = "Chi bộ Công an xã_hang_nam_2024.xlsx",
        ["chi_bo_quan_su"] = "Chi bộ Quân sự xã_hang_nam_2024.xlsx",
    };

    /// <summary>Who fills the form back, and the report date written in it (Công an xã: 5 days after 30/11/2024).</summary>
    public static readonly (string UnitId, DateOnly On)[] Filled =
    {
        ("chi_bo_na_pai", new DateOnly(2024, 11, 20)),
        ("chi_bo_thon_1_2", new DateOnly(2024, 11, 25)),
        ("chi_bo_mam_non", new DateOnly(2024, 11, 30)),
        ("chi_bo_cong_an", new DateOnly(2024, 12, 5)),
    };

    public const string BlankUnit = "chi_bo_quan_su";
    public const string CorruptFile = "Chi bộ Thôn Bản Chu_hang_nam_2024.xlsx";
    public const string OtherPlanFile = "Chi bộ Công an xã_ket_qua_trien_khai_once.xlsx";

    public OfficeWorkflow()
    {
        Folder = RepoPaths.NewTempFolder("cli-office");
        var csv = new StringBuilder("id,name,parent,level\n");
        foreach (var (id, name, parent, level) in Units)
        {
            var written = id == "chi_bo_quan_su" ? name.Normalize(NormalizationForm.FormD) : name;
            csv.Append(id).Append(',').Append(written).Append(',').Append(parent).Append(',').Append(level).Append('\n');
        }
        File.WriteAllText(Path.Combine(Folder, "units.csv"), csv.ToString(), new UTF8Encoding(true));

        Forms = Cli.Run(Folder, "forms", Cli.Seed001, "--report", Report, "--period", Period, "--units", "units.csv", "--out", "forms/");
        FormNames = Directory.Exists(FormsFolder)
            ? Directory.EnumerateFiles(FormsFolder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList()!
            : new List<string>();
        FilesAfterForms = Cli.Files(Folder).Keys.ToList();
        if (Forms.ExitCode != 0)
            return;

        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        for (var i = 0; i < Filled.Length; i++)
        {
            var path = Path.Combine(FormsFolder, ExpectedForms[Filled[i].UnitId]);
            var submission = new Submission(plan.Id, Report, Filled[i].UnitId, Period)
            {
                SubmittedOn = Filled[i].On,
                Values = FormsTestKit.CellMap(FormsTestKit.MetadataRows(path)).Values.Keys
                    .ToImmutableSortedDictionary(k => k, k => (decimal?)ValueOf(i, k)),
                Narratives = plan.NarrativesOf(plan.Reports.Single(r => r.Id == Report))
                    .ToImmutableSortedDictionary(n => n.Id, n => (string?)("Đã triển khai đến toàn thể đảng viên (" + n.Label + ")."), StringComparer.Ordinal),
            };
            FormsTestKit.Fill(path, submission);
        }

        var sound = File.ReadAllBytes(Path.Combine(FormsFolder, ExpectedForms["chi_bo_na_pai"]));
        File.WriteAllBytes(Path.Combine(FormsFolder, CorruptFile), sound.AsSpan(0, sound.Length / 2).ToArray());
        var otherPlan = FormsTestKit.Plan("cong-van-svhttdl-qlvhgd.plan.yaml");
        InputForm.Save(otherPlan, otherPlan.Reports[0].Id, "once", new Unit("chi_bo_cong_an", "Chi bộ Công an xã", "dang_uy_hong_phong", "chi_bo"),
            Path.Combine(FormsFolder, OtherPlanFile));

        Summarize = Cli.Run(Folder, SummarizeArguments("tong-hop.xlsx"));
        SummaryHash = Cli.Files(Folder)["tong-hop.xlsx"];
        SummarizeAgain = Cli.Run(Folder, SummarizeArguments("tong-hop.xlsx"));
        SummarizeQuiet = Cli.Run(Folder, SummarizeArguments("tong-hop-quiet.xlsx").Append("--quiet").ToArray());
    }

    public string Folder { get; }

    public string FormsFolder => Path.Combine(Folder, "forms");

    internal ProcessRunner.Result Forms { get; }

    public IReadOnlyList<string> FormNames { get; }

    public IReadOnlyList<string> FilesAfterForms { get; }

    internal ProcessRunner.Result Summarize { get; } = new(-1, "", "");

    public string SummaryHash { get; } = "";

    internal ProcessRunner.Result SummarizeAgain { get; } = new(-1, "", "");

    internal ProcessRunner.Result SummarizeQuiet { get; } = new(-1, "", "");

    public string SummaryPath => Path.Combine(Folder, "tong-hop.xlsx");

    /// <summary>
    /// The value the <paramref name="filler"/>-th unit writes for <paramref name="key"/>: 20 + n members, 18 + n of them
    /// taking part, n for every session or count (n = 1..4), so the rules hold and every total is easy to work out.
    /// </summary>
    public static decimal ValueOf(int filler, ValueKey key) => key.IndicatorId switch
    {
        "dang_vien" => 20 + filler + 1,
        "dang_vien_tham_gia" => 18 + filler + 1,
        _ => filler + 1,
    };

    public static string[] SummarizeArguments(string output) => new[]
    {
        "summarize", Cli.Seed001, "--report", Report, "--period", Period, "--units", "units.csv", "--in", "forms/", "--out", output, "--as-of", AsOf,
    };

    public static string NameOf(string unitId) => Units.Single(u => u.Id == unitId).Name;
}
