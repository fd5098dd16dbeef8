using BenchmarkDotNet.Running;
using CareerBot.Benchmarks;

// Runs the benchmarks the command line picks, from the repository's root:
//   dotnet run -c Release --project perf/CareerBot.Benchmarks -- --filter '*'                all, default job (long)
//   dotnet run -c Release --project perf/CareerBot.Benchmarks -- --filter '*' --job short    a quick, rougher run
//   dotnet run -c Release --project perf/CareerBot.Benchmarks -- --filter '*Turn*' --job short
//   dotnet run -c Release --project perf/CareerBot.Benchmarks -- --list flat
// Reports go to artifacts/benchmarks/ (ignored by git) unless --artifacts names another folder.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
