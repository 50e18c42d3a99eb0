namespace Katas.Tool.Pairing;

internal enum PairAction
{
    Start,
    Next,
    Done,
    Status,
    Stop,

    /// <summary>The session's timer, started in the background by start and next; not for people to type.</summary>
    Timer,
}

/// <summary>What `./kata pair ...` was asked for.</summary>
internal sealed record PairOptions(PairAction Action)
{
    public const double DefaultMinutes = 7;

    public string? Driver { get; init; }

    public string? Navigator { get; init; }

    public double? Minutes { get; init; }

    public string? Remote { get; init; }
}
