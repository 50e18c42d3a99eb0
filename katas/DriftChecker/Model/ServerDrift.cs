namespace Katas.DriftChecker;

/// <summary>The drift of one server: its status and, key by key, how it differs from the baseline.</summary>
/// <param name="Server">The server's name.</param>
/// <param name="Status">In sync, modified, deleted or not checked.</param>
/// <param name="Differences">The keys that differ, ordered by <see cref="PropertyDifference.PropertyPath"/> (ordinal).</param>
/// <param name="Reason">Why the server was not checked; null otherwise.</param>
public sealed record ServerDrift(
    string Server,
    DriftStatus Status,
    IReadOnlyList<PropertyDifference> Differences,
    string? Reason = null);
