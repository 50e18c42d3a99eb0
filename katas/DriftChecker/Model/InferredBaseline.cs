namespace Katas.DriftChecker;

/// <summary>A baseline taken from the fleet itself: the majority value of every key that has one.</summary>
/// <param name="Values">The baseline: every key whose most common value is unique. A key most servers lack is not in it.</param>
/// <param name="AmbiguousKeys">The keys on which values tie, ordered by key (ordinal).</param>
public sealed record InferredBaseline(IReadOnlyDictionary<string, string> Values, IReadOnlyList<AmbiguousKey> AmbiguousKeys);
