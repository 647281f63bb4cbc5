using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Cli.Drafting;
using ReportKit.Templates;

namespace ReportKit.Cli.Commands;

/// <summary><c>reportkit init PLAN</c>: drafts a plan template from the plan's own text, checks it and says what is left to fill.</summary>
internal static class InitCommand
{
    public static Command Create(Output output)
    {
        var plan = new Argument<string>("plan")
        {
            Description = Say.T("Văn bản kế hoạch: tệp chữ (.txt, UTF-8) hoặc Word (.docx)", "The plan: a text file (.txt, UTF-8) or a Word file (.docx)"),
        };
        var target = new Option<string?>("--output", "-o")
        {
            Description = Say.T("Tệp mẫu nháp sẽ ghi (mặc định: tên văn bản, đuôi .plan.yaml, cùng thư mục)",
                "The draft template to write (default: the plan's name with .plan.yaml, beside it)"),
        };
        var force = ForceOption.Create();
        var command = new Command("init", Say.T(
            "Soạn mẫu kế hoạch nháp (*.plan.yaml) từ chính văn bản kế hoạch, kiểm tra và liệt kê những gì còn phải điền",
            "Draft a plan template (*.plan.yaml) from the plan's own text, check it and list what is left to fill")) { plan, target, force };
        command.SetAction(result => Run(result.GetValue(plan)!, result.GetValue(target), result.GetValue(force), output));
        return command;
    }

    /// <summary>The default output: <c>ke-hoach.txt</c> → <c>ke-hoach.plan.yaml</c> beside it.</summary>
    public static string DefaultOutput(string plan) =>
        Path.Combine(Path.GetDirectoryName(plan) ?? "", Path.GetFileNameWithoutExtension(plan) + ".plan.yaml");

    private static int Run(string plan, string? target, bool force, Output output)
    {
        if (!File.Exists(plan))
        {
            output.Error(Say.T($"không tìm thấy văn bản '{plan}'", $"no such plan file '{plan}'"));
            return ExitCodes.Failure;
        }
        var path = target ?? DefaultOutput(plan);

        var draft = PlanDrafter.Draft(PlanText.Read(plan));
        var yaml = DraftWriter.Write(draft, Path.GetFileName(plan));
        var written = AtomicFile.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(yaml), force, output);
        if (written != ExitCodes.Ok)
            return written;

        var result = PlanTemplateParser.Parse(path, yaml);
        foreach (var diagnostic in result.Diagnostics)
            output.Diagnostic(diagnostic.ToString());
        var errors = result.Diagnostics.Count(d => d.Severity == TemplateSeverity.Error);

        output.Info(Say.T(
            $"Mẫu nháp: {draft.Sections.Count} phần, {draft.Units.Count} đơn vị, {draft.Reports.Count} báo cáo, {draft.Candidates.Count} chỉ tiêu gợi ý, {draft.Unplaced.Count} dòng giữ ở chú thích.",
            $"Draft: {draft.Sections.Count} sections, {draft.Units.Count} units, {draft.Reports.Count} reports, {draft.Candidates.Count} suggested indicators, {draft.Unplaced.Count} lines kept as comments."));
        output.Info(Say.T("Còn phải điền hoặc quyết định (tìm “" + DraftWriter.ToFill + "” trong tệp):", "Still to fill or decide (search the file for “" + DraftWriter.ToFill + "”):"));
        foreach (var gap in draft.Gaps)
            output.Info("  - " + gap.Where + ": " + Say.T(gap.Vietnamese, gap.English));
        output.Summary(errors == 0
            ? Say.T($"{path}: mẫu nháp hợp lệ ({result.Diagnostics.Count} cảnh báo); kiểm tra lại bằng: reportkit check {path}",
                $"{path}: the draft is valid ({result.Diagnostics.Count} warning(s)); check it again with: reportkit check {path}")
            : Say.T($"{path}: mẫu nháp còn {errors} lỗi ở trên; điền rồi kiểm tra lại bằng: reportkit check {path}",
                $"{path}: the draft has {errors} error(s) above; fill them in, then: reportkit check {path}"));
        // The draft is written either way; a draft that check would refuse is input still to fix (1), as check says of it.
        return errors == 0 ? ExitCodes.Ok : ExitCodes.InputErrors;
    }
}
