using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using ReportKit.Excel.Forms;

namespace ReportKit.Cli.Commands;

/// <summary><c>reportkit forms</c>: one input form per expected unit of a plan, report and period.</summary>
internal static class FormsCommand
{
    /// <summary>Forms written in parallel between two steps of the progress bar.</summary>
    private const int BatchSize = 256;

    /// <summary>Threads writing forms per core.</summary>
    private const int WritersPerCore = 4;

    public static Command Create(Output output)
    {
        var plan = new PlanArguments();
        var folder = new Option<string>("--out", "-o") { Description = Say.T("Thư mục ghi các biểu nhập", "The folder to write the forms into"), Required = true };
        var force = ForceOption.Create();
        var command = new Command("forms", Say.T(
            "Ghi biểu nhập trống (.xlsx) cho từng đơn vị phải nộp báo cáo",
            "Write a blank input form (.xlsx) for every unit that owes the report"));
        plan.AddTo(command);
        command.Options.Add(folder);
        command.Options.Add(force);
        command.SetAction(result =>
        {
            var choice = plan.Resolve(result, output, out var failure);
            return choice is null ? failure : Run(choice, result.GetValue(folder)!, result.GetValue(force), output);
        });
        return command;
    }

    private static int Run(PlanArguments.Choice choice, string folder, bool force, Output output)
    {
        var expected = Consolidator.ExpectedUnitIds(choice.Plan, choice.Report.Id, choice.Units).Select(id => choice.Units[id]).ToList();
        if (expected.Count == 0)
        {
            output.Error(Say.T($"không có đơn vị nào phải nộp báo cáo {choice.Report.Id} trong danh sách đơn vị", $"no unit in the units file owes report {choice.Report.Id}"));
            return ExitCodes.InputErrors;
        }
        var names = FormFiles.ForUnits(expected, choice.Report.Id, choice.Period.Key);
        var targets = expected.Select(u => (Unit: u, Path: Path.Combine(folder, names[u.Id]))).ToList();
        var existing = FormFiles.Existing(targets.Select(t => t.Path));
        if (existing.Count > 0 && !force)
        {
            output.Error(Say.T($"{existing.Count} tệp đã tồn tại (ví dụ '{existing[0]}'); dùng --force để ghi đè; chưa ghi tệp nào",
                $"{existing.Count} file(s) exist already (e.g. '{existing[0]}'); use --force to overwrite; nothing was written"));
            return ExitCodes.OutputExists;
        }

        Directory.CreateDirectory(folder);
        // Laid out once per level by ClosedXML, stamped for every unit; batches in parallel, the progress bar per batch.
        var stamper = new InputFormStamper(choice.Plan);
        // Each file is flushed to disk before its rename: threads wait on the disk more than they compute, so more
        // threads than cores keep both busy.
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = WritersPerCore * Environment.ProcessorCount };
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, parallelism.MaxDegreeOfParallelism), completion);
        var batches = targets.Chunk(BatchSize).ToList();
        try
        {
            Progress.Run(output, Say.T("Đang tạo biểu nhập", "Writing the input forms"), batches, batch => Parallel.ForEach(batch, parallelism, t => stamper.Save(choice.Report.Id, choice.Period.Key, t.Unit, t.Path,
                new InputFormOptions { SendTo = choice.Units.RecipientOf(t.Unit.Id, choice.Plan) })));
        }
        catch (AggregateException e)
        {
            // A full disk or a read-only folder is told as when one form was written at a time.
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
            throw;
        }

        output.Summary(Say.T(
            $"{targets.Count} biểu nhập ({choice.Report.Title}, {ReportingCalendar.Label(choice.Report, choice.Period)}) đã ghi vào {folder}",
            $"{targets.Count} input form(s) ({choice.Report.Title}, {ReportingCalendar.Label(choice.Report, choice.Period)}) written into {folder}"));
        return ExitCodes.Ok;
    }
}
