using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Cli.Commands;

/// <summary>
/// <c>reportkit units TEMPLATE</c>: writes the skeleton of a units file for the plan, one example row per level from the
/// top down with its parent, and the units the plan names at their level, for the clerk to complete in Excel.
/// </summary>
internal static class UnitsCommand
{
    public const string DefaultFileName = "don-vi.csv";

    public static Command Create(Output output)
    {
        var template = new Argument<string>("template") { Description = Say.T("Mẫu kế hoạch (*.plan.yaml)", "The plan template (*.plan.yaml)") };
        var target = new Option<string>("--out", "-o")
        {
            Description = Say.T("Tệp danh sách đơn vị cần ghi (.csv)", "The units file to write (.csv)"),
            DefaultValueFactory = _ => DefaultFileName,
        };
        var force = ForceOption.Create();
        var command = new Command("units", Say.T(
            "Ghi khung danh sách đơn vị (CSV mở được bằng Excel) theo các cấp và đơn vị của kế hoạch",
            "Write a units file skeleton (CSV that opens in Excel) from the plan's levels and units")) { template, target, force };
        command.SetAction(result => Run(result.GetValue(template)!, result.GetValue(target)!, result.GetValue(force), output));
        return command;
    }

    private static int Run(string templatePath, string target, bool force, Output output)
    {
        if (!File.Exists(templatePath))
        {
            output.Error(Say.T($"không tìm thấy mẫu kế hoạch '{templatePath}'", $"no such template '{templatePath}'"));
            return ExitCodes.Failure;
        }
        var parsed = TemplateFiles.Parse(templatePath);
        foreach (var diagnostic in parsed.Diagnostics)
            output.Diagnostic(diagnostic.ToString());
        if (parsed.Plan is not { } plan)
            return ExitCodes.InputErrors;

        var skeleton = UnitTree.Create(Skeleton(plan));
        var withTargets = plan.Targets.Any(t => !t.IsConsolidated);
        var bytes = UnitsFile.Encoding.GetPreamble().Concat(UnitsFile.Encoding.GetBytes(UnitsFile.Write(skeleton, withTargets))).ToArray();
        var written = AtomicFile.WriteAllBytes(target, bytes, force, output);
        if (written != ExitCodes.Ok)
            return written;

        foreach (var line in Guidance(plan, templatePath, target, withTargets))
            output.Info(line);
        output.Summary(Say.T($"khung danh sách đơn vị ({skeleton.Units.Count} dòng mẫu) đã ghi vào {target}",
            $"units file skeleton ({skeleton.Units.Count} example rows) written to {target}"));
        return ExitCodes.Ok;
    }

    /// <summary>
    /// One example unit per level from the top (levels are listed bottom up), named after its level, each under the
    /// example of the level above; beside it, the units the plan names at that level (their id and name), under the same
    /// parent. Written in tree order, so the file reads from the top unit down.
    /// </summary>
    internal static IReadOnlyList<Unit> Skeleton(PlanSpec plan)
    {
        var units = new List<Unit>();
        string? parent = null;
        foreach (var level in plan.Levels.Reverse())
        {
            var example = new Unit(ExampleId(plan, level.Id), level.Name, parent, level.Id);
            units.Add(example);
            units.AddRange(plan.Units.Where(u => u.Level == level.Id).Select(u => new Unit(u.Id, u.Name, parent, level.Id)));
            parent = example.Id;
        }
        if (units.Count == 0)
            units.Add(new Unit("don_vi_01", Say.T("Đơn vị", "Unit"), null, null));
        return units;
    }

    /// <summary><c>{level}_01</c>, or the next free number when the plan names a unit so.</summary>
    private static string ExampleId(PlanSpec plan, string levelId)
    {
        var n = 1;
        while (plan.Units.Any(u => u.Id == $"{levelId}_{n:D2}"))
            n++;
        return $"{levelId}_{n:D2}";
    }

    private static IEnumerable<string> Guidance(PlanSpec plan, string templatePath, string target, bool withTargets)
    {
        yield return Say.T("Mở tệp bằng Excel và thay các dòng mẫu bằng đơn vị thật, mỗi đơn vị một dòng:",
            "Open the file in Excel and replace the example rows with the real units, one unit per line:");
        yield return Say.T("  id      mã đơn vị, không dấu, không trùng (ví dụ chi_bo_thon_1)", "  id      the unit's id, without diacritics, unique (e.g. chi_bo_thon_1)");
        yield return Say.T("  name    tên đơn vị như in trên biểu", "  name    the unit's name as the forms print it");
        yield return Say.T("  parent  mã (id) của đơn vị cấp trên; để trống ở đơn vị gốc", "  parent  the id of the unit above; blank for the root");
        yield return Say.T("  level   cấp của đơn vị, một trong:", "  level   the unit's level, one of:");
        foreach (var level in plan.Levels.Reverse())
            yield return $"            {level.Id} ({level.Name})";
        if (withTargets)
            yield return Say.T("  targets chỉ tiêu giao riêng cho đơn vị, ví dụ ", "  targets thresholds given to the unit, e.g. ") +
                         string.Join("; ", plan.Targets.Where(t => !t.IsConsolidated).Take(2).Select(t => t.Id + "=2")) + Say.T("; để trống: theo kế hoạch", "; blank: the plan's");
        yield return Say.T("Lưu bằng \"CSV UTF-8 (Comma delimited)\", rồi kiểm tra: ", "Save it as \"CSV UTF-8 (Comma delimited)\", then check it: ") +
                     $"reportkit check --units {target} {templatePath}";
    }
}
