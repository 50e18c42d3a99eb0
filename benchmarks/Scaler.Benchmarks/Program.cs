using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Katas.Scaler.Benchmarks;

internal static class Program
{
    // `-- --job short --filter '*'` as in the kata's guide; any BenchmarkDotNet arguments work (`--inProcess`
    // where BenchmarkDotNet cannot build its own host project). The reports go next to the binaries.
    private static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(
            args,
            DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts")));
}
