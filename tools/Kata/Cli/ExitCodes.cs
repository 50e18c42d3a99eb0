namespace Katas.Tool.Cli;

/// <summary>What the tool's exit code means.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for is green.</summary>
    public const int Green = 0;

    /// <summary>Something is still red: a failing step, a compile error, a failed check.</summary>
    public const int Red = 1;

    /// <summary>The command line or a course file is wrong; nothing was run.</summary>
    public const int Usage = 2;
}
