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
            Description = "Template files or folders (searched for *.plan.yaml)",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("check", "Check plan templates; prints file(line,col): error RKxxxx: … and exits 1 on errors") { paths };
        command.SetAction(result => Run(result.GetValue(paths)!, output));
        return command;
    }

    private static int Run(string[] paths, Output output)
    {
        var files = TemplateFiles.Expand(paths);
        if (files.Count == 0)
        {
            output.Error("không có mẫu kế hoạch (*.plan.yaml) nào để kiểm tra (no plan templates found)");
            return ExitCodes.InputErrors;
        }

        int errors = 0, warnings = 0;
        var plans = new System.Collections.Generic.List<(string PlanId, SourceSpan Location)>();
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
                output.Info($"{file}: {plan.Id}, {plan.Reports.Count} báo cáo, {plan.Indicators.Count} chỉ tiêu");
            }
        }

        // The build compiles all templates of a project together: two plans of one id are an error there too.
        foreach (var duplicate in PlanTemplateParser.DuplicatePlanIds(plans))
        {
            output.Diagnostic(duplicate.ToString());
            errors++;
        }

        output.Summary($"{files.Count} template(s) checked: {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
    }
}
