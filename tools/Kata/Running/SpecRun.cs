namespace Katas.Tool.Running;

internal enum SpecRunStatus
{
    /// <summary>The assembly ran to the end; <see cref="SpecRun.Results"/> has every spec.</summary>
    Completed,

    /// <summary>The assembly ran longer than its time limit and was stopped.</summary>
    TimedOut,

    /// <summary>The assembly ended without writing its results (a crash, an Environment.Exit...).</summary>
    Crashed,

    /// <summary>There was no built assembly to run.</summary>
    NotBuilt,
}

/// <summary>The outcome of running one spec or test assembly.</summary>
/// <param name="Detail">For anything but Completed: what went wrong, in a line or two.</param>
/// <param name="RunningSpec">For TimedOut: the spec that had started and not finished.</param>
internal sealed record SpecRun(SpecRunStatus Status, IReadOnlyList<SpecResult> Results, string? Detail = null, string? RunningSpec = null)
{
    /// <summary>For TimedOut: the limit that was reached.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>For TimedOut: the limit was the one of a single spec (<see cref="RunningSpec"/>), not of the whole run.</summary>
    public bool StoppedForOneSpec { get; init; }

    /// <summary>For Crashed: the exit code of a process that wrote no results (null for another cause).</summary>
    public int? ExitCode { get; init; }

    /// <summary>For Crashed: what the process itself said last, as it said it.</summary>
    public IReadOnlyList<string> ProcessLines { get; init; } = [];

    /// <summary>For Crashed: the run was stopped because it printed more than this many megabytes.</summary>
    public long? OutputLimitMegabytes { get; init; }

    public bool Completed => Status == SpecRunStatus.Completed;
}
