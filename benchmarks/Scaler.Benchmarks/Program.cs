using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Katas.Scaler.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Scaler.Benchmarks -- --job short --filter '*'</c>.
/// Add <c>--in-process</c> where BenchmarkDotNet cannot build its own host project.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var inProcess = args.Contains("--in-process", StringComparer.Ordinal);
        var config = inProcess
            ? DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            : DefaultConfig.Instance;
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(args.Where(a => a != "--in-process").ToArray(), config);
    }
}
