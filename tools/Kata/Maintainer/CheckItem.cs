namespace Katas.Tool.Maintainer;

/// <summary>One thing the maintainer check proved or failed to prove.</summary>
/// <param name="Detail">For a failure: why, in a line or two.</param>
internal sealed record CheckItem(string Section, string Name, bool Passed, string? Detail = null);
