namespace Katas.Tool.Progress;

internal enum KataState
{
    /// <summary>Every step is done.</summary>
    Complete,

    /// <summary>A step is current: specs ran and one failed.</summary>
    InProgress,

    /// <summary>The student's code (or the specs against it) does not compile.</summary>
    DoesNotCompile,

    /// <summary>The specs ran too long, crashed, or were not built.</summary>
    DidNotRun,
}
