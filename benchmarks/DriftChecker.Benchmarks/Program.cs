using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Katas.DriftChecker.Benchmarks;

internal static class Program
{
    // `-- --job short --filter '*'` as in the kata's guide; any BenchmarkDotNet arguments work. The reports
    // go next to the binaries (bin/ is ignored by git) unless --artifacts says otherwise.
    private static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(
            args,
            DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts")));
}
