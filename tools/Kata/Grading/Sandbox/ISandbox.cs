using Katas.Tool.Running;

namespace Katas.Tool.Grading.Sandbox;

/// <summary>Runs a process of student code with what it may see and the limits it must keep.</summary>
internal interface ISandbox
{
    /// <summary>False where the platform offers no isolation: the run has only the limits .NET itself enforces.</summary>
    bool Isolates { get; }

    /// <summary>A one-line description for reports: <c>bubblewrap (no network, own PIDs, read-only view)</c>.</summary>
    string Description { get; }

    /// <summary>The process to start instead of <paramref name="process"/>.</summary>
    ProcessSpec Wrap(ProcessSpec process, SandboxMounts mounts, SandboxLimits limits);
}
