using ReportKit.Samples;

// dotnet run --project samples/ReportKit.Samples -- [folder]: one round of Công văn 63/HTS into the folder.
Console.OutputEncoding = System.Text.Encoding.UTF8;
var folder = args.Length > 0 ? args[0] : Path.Combine(Environment.CurrentDirectory, "out");
var round = ReportRound.Run(folder);
foreach (var problem in round.Imported.Problems)
    Console.WriteLine($"{problem.File}: {problem.Message} ({problem.Code})");
foreach (var status in round.Summary.Statuses)
{
    var state = status.State switch
    {
        ReportKit.SubmissionState.OnTime => "đúng hạn",
        ReportKit.SubmissionState.Late => $"nộp muộn {status.DaysLate} ngày",
        ReportKit.SubmissionState.Missing => $"chưa nộp (quá hạn {status.DaysLate} ngày)",
        var other => other.ToString(),
    };
    Console.WriteLine($"{status.Unit.Name}: {state}");
}
Console.WriteLine($"tổng hợp: {round.SummaryPath}");
