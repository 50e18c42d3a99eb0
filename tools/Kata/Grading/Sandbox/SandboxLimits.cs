namespace Katas.Tool.Grading.Sandbox;

/// <summary>The limits of one sandboxed run. Time is the spec runner's; these are the rest.</summary>
/// <param name="HeapBytes">The managed heap's hard limit (DOTNET_GCHeapHardLimit): an allocation past it throws OutOfMemoryException.</param>
/// <param name="Processes">The most processes and threads the run's user may have (RLIMIT_NPROC).</param>
/// <param name="FileBytes">The largest file the run may write (RLIMIT_FSIZE).</param>
/// <param name="OutputCharacters">The most output the grader reads before it stops the run.</param>
internal sealed record SandboxLimits(long HeapBytes, int Processes, long FileBytes, long OutputCharacters)
{
    public static SandboxLimits Default { get; } = new(
        HeapBytes: 512L * 1024 * 1024,
        Processes: 1024,
        FileBytes: 64L * 1024 * 1024,
        OutputCharacters: 16L * 1024 * 1024);
}
