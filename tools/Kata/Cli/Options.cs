namespace Katas.Tool.Cli;

internal enum CommandKind
{
    /// <summary>The student loop: build, run the specs, show the next step.</summary>
    Loop,

    /// <summary>List the katas and their steps.</summary>
    List,

    /// <summary>The maintainer check: solutions green, starters red, tool and analyzer tests green.</summary>
    Check,

    /// <summary>Replay the sale day against the student's katas (or the reference solutions).</summary>
    Demo,

    /// <summary>Print the usage.</summary>
    Help,

    /// <summary>Write the student template repository.</summary>
    ExportStudent,

    /// <summary>A pair session: start, next, done, status, stop.</summary>
    Pair,

    /// <summary>Grade a submission or a class (instructors).</summary>
    Grade,

    /// <summary>The student loop again on every save of a kata file.</summary>
    Watch,
}

internal enum ColorMode
{
    Auto,
    Always,
    Never,
}

/// <summary>What the command line asked for.</summary>
internal sealed record Options
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    public CommandKind Command { get; init; } = CommandKind.Loop;

    /// <summary>A kata, or kata/step, to look at: <c>HealthChecker</c>, <c>HealthChecker/timeout</c>, <c>1/2</c>.</summary>
    public string? Target { get; init; }

    /// <summary>Show the hints of the current step.</summary>
    public bool Hint { get; init; }

    /// <summary>The language asked for on the command line, if any.</summary>
    public Language? Language { get; init; }

    /// <summary>Use what was built last instead of building.</summary>
    public bool NoBuild { get; init; }

    /// <summary>The repository to work on, when it is not the one around the current directory.</summary>
    public string? Repository { get; init; }

    /// <summary>How long one spec assembly may run before it is stopped.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    public ColorMode Color { get; init; } = ColorMode.Auto;

    /// <summary>Demo: replay the sale day with the reference solutions instead of the student's katas.</summary>
    public bool Reference { get; init; }

    /// <summary>Demo: the seed of the traffic.</summary>
    public int? Seed { get; init; }

    /// <summary>Demo: print progress lines instead of the live table.</summary>
    public bool NoLive { get; init; }

    /// <summary>export-student: the folder to write the template to, and whether to replace an earlier export.</summary>
    public Exporting.ExportRequest? Export { get; init; }

    /// <summary>pair: which pair command, and the names and timer of a start.</summary>
    public Pairing.PairOptions? Pair { get; init; }

    /// <summary>Grade: what to grade and where the reports go.</summary>
    public GradeRequest? Grade { get; init; }
}
