using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/ReportKit.Benchmarks -- --filter '*'
// Peak memory of one write: dotnet run -c Release --project tests/ReportKit.Benchmarks -- --peak streaming 10000 60
// Results are kept in docs/benchmarks.md (ratios against a baseline measured in the same run).
if (args.Length > 0 && args[0] == "--peak")
{
    return ReportKit.Benchmarks.PeakMemory.Run(args);
}

// Where the importer's time goes (Stopwatch, outside BenchmarkDotNet): -- --import-profile
if (args.Length > 0 && args[0] == "--import-profile")
{
    return ReportKit.Benchmarks.ImportProfile.Run(args);
}

// Peak memory of writing forms: -- --forms-peak stamped|closedxml|copy 10000
if (args.Length > 0 && args[0] == "--forms-peak")
{
    return ReportKit.Benchmarks.FormWorkload.Peak(args);
}

// Fill every blank form in a folder (for scripts/bench-office-cycle.sh): -- --fill FOLDER
if (args.Length > 0 && args[0] == "--fill")
{
    return ReportKit.Benchmarks.FormFiller.Run(args);
}

// The relay at scale, relayed summaries against as many forms in one process: -- --relay-profile [COUNT] [FORMS]
if (args.Length > 0 && args[0] == "--relay-profile")
{
    return ReportKit.Benchmarks.RelayProfile.Run(args);
}

// Where summarize spends its time: -- --summarize-profile FOLDER UNITS
if (args.Length > 0 && args[0] == "--summarize-profile")
{
    return ReportKit.Benchmarks.SummarizeProfile.Run(args);
}

// The consolidation alone, many rounds over one import: -- --consolidate-profile FOLDER UNITS [ROUNDS] [layout]
if (args.Length > 0 && args[0] == "--consolidate-profile")
{
    return ReportKit.Benchmarks.ConsolidateProfile.Run(args);
}

// Time and peak memory of one hostile file's import, in a fresh process: -- --hostile NAME (scripts/fuzz-measure.sh)
if (args.Length > 0 && args[0] == "--hostile")
{
    return ReportKit.Benchmarks.HostileImport.Run(args);
}

// The workloads once each at a tiny size, for CI (scripts/bench-smoke.sh): -- --smoke
if (args.Length > 0 && args[0] == "--smoke")
{
    return ReportKit.Benchmarks.Smoke.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(ReportKit.Benchmarks.PeakMemory).Assembly).Run(args);
return 0;
