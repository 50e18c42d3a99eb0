namespace Katas.DriftChecker;

/// <summary>
/// A key on which no value has a majority: two or more values are each held by the same, highest
/// number of servers. Nobody can tell which one is right, so the checker does not guess.
/// </summary>
/// <param name="Key">The key, for example <c>version</c>.</param>
/// <param name="TiedValues">
/// The values that tie, ordered (ordinal); null stands for "the key is absent". For a sensitive key every
/// value is <see cref="PropertyDifference.SensitiveValue"/>.
/// </param>
/// <param name="ServersEach">How many servers hold each of the tied values.</param>
/// <param name="IsSensitive">The key holds a secret.</param>
public sealed record AmbiguousKey(string Key, IReadOnlyList<string?> TiedValues, int ServersEach, bool IsSensitive = false);
