using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/ReportKit.Benchmarks -- --filter '*'
// Results are kept in docs/benchmarks.md (ratios against a baseline measured in the same run).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
