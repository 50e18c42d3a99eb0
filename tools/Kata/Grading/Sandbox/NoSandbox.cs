using System.Globalization;
using Katas.Tool.Running;

namespace Katas.Tool.Grading.Sandbox;

/// <summary>
/// No isolation (macOS, Windows, or Linux without bubblewrap): the run keeps the time, output and heap
/// limits that need no sandbox, and every report says it was not sandboxed.
/// </summary>
internal sealed class NoSandbox(string why) : ISandbox
{
    public bool Isolates => false;

    public string Description => "not sandboxed: " + why;

    public ProcessSpec Wrap(ProcessSpec process, SandboxMounts mounts, SandboxLimits limits)
    {
        var environment = new Dictionary<string, string?>(process.Environment)
        {
            ["DOTNET_GCHeapHardLimit"] = "0x" + limits.HeapBytes.ToString("X", CultureInfo.InvariantCulture),
        };
        return process with { Environment = environment };
    }
}
