namespace Katas.DriftChecker;

/// <summary>
/// One key of one server that differs from the baseline, as CloudFormation reports a property
/// difference: the path, the expected and the actual value, and the type of difference.
/// </summary>
/// <param name="PropertyPath">The key, for example <c>db.host</c>.</param>
/// <param name="ExpectedValue">The baseline's value; null for <see cref="DifferenceType.Add"/>.</param>
/// <param name="ActualValue">The server's value; null for <see cref="DifferenceType.Remove"/>.</param>
/// <param name="DifferenceType">Added, removed or changed.</param>
/// <param name="IsSensitive">
/// The key holds a secret: both values are <see cref="SensitiveValue"/>, never the real ones.
/// </param>
public sealed record PropertyDifference(
    string PropertyPath,
    string? ExpectedValue,
    string? ActualValue,
    DifferenceType DifferenceType,
    bool IsSensitive = false)
{
    /// <summary>What a secret's value looks like in a report or a plan (Terraform's words).</summary>
    public const string SensitiveValue = "(sensitive value)";
}
