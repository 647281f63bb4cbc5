using System;
using System.CommandLine;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using ReportKit.Cli.Preview;

namespace ReportKit.Cli.Commands;

/// <summary>
/// <c>reportkit preview</c>: for a template being written, its diagnostics, then a sample input form, the summary
/// filled from sample data and the báo cáo of each report, with their pages as PNG where LibreOffice is installed;
/// <c>--watch</c> does it again on each save.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(Output output)
    {
        var template = new Argument<string>("template") { Description = Say.T("Mẫu kế hoạch đang soạn (*.plan.yaml)", "The plan template being written (*.plan.yaml)") };
        var folder = new Option<string?>("--out", "-o")
        {
            Description = Say.T("Thư mục ghi bản xem trước (mặc định ./preview/<mã kế hoạch>/); các tệp của lần xem trước trước được thay",
                "Where to write the preview (default ./preview/<plan id>/); the previous preview's files are replaced"),
        };
        var report = new Option<string?>("--report", "-r") { Description = Say.T("Chỉ xem trước báo cáo này (mã báo cáo)", "Preview only this report (its id)") };
        var period = new Option<string?>("--period", "-p")
        {
            Description = Say.T("Kỳ của dữ liệu mẫu (một trong hai kỳ đầu của báo cáo; mặc định kỳ đầu)", "The sample period (one of the report's first two; default the first)"),
        };
        var watch = new Option<bool>("--watch", "-w") { Description = Say.T("Chạy lại mỗi lần lưu mẫu; Ctrl+C để dừng", "Run again on each save of the template; Ctrl+C stops") };
        var noRender = new Option<bool>("--no-render") { Description = Say.T("Không in trang ra ảnh PNG (cần LibreOffice)", "Do not render pages to PNG (needs LibreOffice)") };
        var command = new Command("preview", Say.T(
            "Xem trước mẫu đang soạn: kiểm tra, rồi ghi biểu nhập mẫu, biểu tổng hợp điền số liệu mẫu, báo cáo (.docx) và ảnh các trang",
            "Preview a template being written: check it, then write a sample input form, a summary filled with sample data, the báo cáo (.docx) and page images"))
        {
            template, folder, report, period, watch, noRender,
        };
        command.SetAction(result =>
        {
            var request = new PreviewRequest(result.GetValue(template)!, result.GetValue(folder), result.GetValue(report), result.GetValue(period));
            return Run(request, result.GetValue(watch), !result.GetValue(noRender), output);
        });
        return command;
    }

    private static int Run(PreviewRequest request, bool watch, bool render, Output output)
    {
        using var renderer = render ? FindRenderer(output) : null;
        if (!watch)
            return PreviewWriter.Run(request, output, renderer, CancellationToken.None);
        if (!File.Exists(request.Template))
        {
            output.Error(Say.T($"không tìm thấy mẫu kế hoạch '{request.Template}'", $"no such template '{request.Template}'"));
            return ExitCodes.Failure;
        }

        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        // Watching starts before the first run, so a save made while it runs is not missed.
        using var watcher = new TemplateWatcher(request.Template);
        if (watcher.Polling)
            output.Warning(Say.T("hệ thống hết lượt theo dõi tệp: kiểm tra mẫu mỗi nửa giây", "the system has no file watch left: looking at the template every half second"));
        do
        {
            try
            {
                PreviewWriter.Run(request, output, renderer, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An editor may be between removing the old file and writing the new one: the next save runs again.
                output.Error(OutputFailure.Describe(e));
            }
            output.Info(Say.T($"đang theo dõi {request.Template}: lưu mẫu để xem lại, Ctrl+C để dừng", $"watching {request.Template}: save it to preview again, Ctrl+C to stop"));
        }
        while (watcher.WaitForSave(stop.Token) && Announce(output));

        output.Info(Say.T("đã dừng theo dõi", "stopped watching"));
        return ExitCodes.Ok;
    }

    private static bool Announce(Output output)
    {
        output.Info(Say.T($"— mẫu đã thay đổi ({DateTime.Now:HH:mm:ss}), xem trước lại", $"— the template changed ({DateTime.Now:HH:mm:ss}), previewing again"));
        return true;
    }

    private static PageRenderer? FindRenderer(Output output)
    {
        var renderer = PageRenderer.Find(out var missing);
        if (renderer is null)
            output.Info(Say.T($"không in ảnh trang: không tìm thấy {missing} trên PATH (cài LibreOffice, hoặc dùng --no-render)",
                $"no page images: {missing} is not on PATH (install LibreOffice, or use --no-render)"));
        return renderer;
    }
}
