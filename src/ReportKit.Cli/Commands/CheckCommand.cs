using System.CommandLine;
using System.IO;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Cli.Commands;

/// <summary><c>reportkit check</c>: lints templates with the same diagnostics the build gives.</summary>
internal static class CheckCommand
{
    public static Command Create(Output output)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = Say.T("Tệp mẫu kế hoạch hoặc thư mục (tìm các tệp *.plan.yaml)", "Template files or folders (searched for *.plan.yaml)"),
            Arity = ArgumentArity.OneOrMore,
        };
        var units = new Option<string?>("--units", "-u")
        {
            Description = Say.T("Cũng kiểm tra tệp danh sách đơn vị này theo các cấp của kế hoạch", "Also check this units file against the plan's levels"),
        };
        var command = new Command("check", Say.T(
            "Kiểm tra mẫu kế hoạch; in tệp(dòng,cột): error RKxxxx: … và thoát với mã 1 khi có lỗi",
            "Check plan templates; prints file(line,col): error RKxxxx: … and exits 1 on errors")) { paths, units };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(units), output));
        return command;
    }

    private static int Run(string[] paths, string? unitsFile, Output output)
    {
        var files = TemplateFiles.Expand(paths);
        if (files.Count == 0)
        {
            output.Error(Say.T("không có mẫu kế hoạch (*.plan.yaml) nào để kiểm tra", "no plan templates (*.plan.yaml) found to check"));
            return ExitCodes.InputErrors;
        }

        int errors = 0, warnings = 0;
        var plans = new System.Collections.Generic.List<(string PlanId, SourceSpan Location)>();
        var parsedPlans = new System.Collections.Generic.List<PlanSpec>();
        foreach (var file in files)
        {
            var result = TemplateFiles.Parse(file);
            foreach (var diagnostic in result.Diagnostics)
            {
                output.Diagnostic(diagnostic.ToString());
                if (diagnostic.Severity == TemplateSeverity.Error) errors++; else warnings++;
            }
            if (result.Plan is { } plan)
            {
                plans.Add((plan.Id, plan.Location));
                parsedPlans.Add(plan);
                output.Info($"{file}: {plan.Id}, " + Say.T($"{plan.Reports.Count} báo cáo, {plan.Indicators.Count} chỉ tiêu", $"{plan.Reports.Count} report(s), {plan.Indicators.Count} indicator(s)"));
            }
        }

        // The build compiles all templates of a project together: two plans of one id are an error there too.
        foreach (var duplicate in PlanTemplateParser.DuplicatePlanIds(plans))
        {
            output.Diagnostic(duplicate.ToString());
            errors++;
        }

        var unitsChecked = "";
        if (unitsFile is not null)
        {
            if (!File.Exists(unitsFile))
            {
                output.Error(Say.T($"không tìm thấy tệp danh sách đơn vị '{unitsFile}'", $"no such units file '{unitsFile}'"));
                return ExitCodes.Failure;
            }
            // Against each plan checked (usually one); a file wrong for several plans is told once per line.
            var told = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            int? count = null;
            foreach (var plan in parsedPlans.DefaultIfEmpty())
            {
                var (tree, _, problems) = UnitsFile.Read(unitsFile, plan?.Levels.Select(l => l.Id).ToList(), plan);
                foreach (var problem in problems.Where(p => told.Add(p.Diagnostic)))
                {
                    output.Diagnostic(problem.Diagnostic);
                    errors++;
                }
                count = tree?.Units.Count;
            }
            unitsChecked = Say.T($" và danh sách đơn vị {unitsFile}", $" and units file {unitsFile}") +
                           (count is { } n ? Say.T($" ({n} đơn vị)", $" ({n} unit(s))") : "");
        }

        output.Summary(Say.T($"đã kiểm tra {files.Count} mẫu kế hoạch{unitsChecked}: {errors} lỗi, {warnings} cảnh báo",
            $"{files.Count} template(s){unitsChecked} checked: {errors} error(s), {warnings} warning(s)"));
        return errors > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
    }
}
