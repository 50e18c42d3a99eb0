using BenchmarkDotNet.Running;

// Pick benchmarks with BenchmarkDotNet's own arguments, for example: --job short --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Katas.DriftChecker.Benchmarks.FleetCheckBenchmarks).Assembly).Run(args);
