using BenchmarkDotNet.Running;

// Run all:            dotnet run -c Release --project benchmarks/Briefing.Model.Benchmarks -- --filter '*'
// Smoke (as CI does): dotnet run -c Release --project benchmarks/Briefing.Model.Benchmarks -- --filter '*' --job Dry
BenchmarkSwitcher.FromAssembly(typeof(Briefing.Model.Benchmarks.FeedBenchmarks).Assembly).Run(args);
