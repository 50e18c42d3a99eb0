namespace Katas.HealthChecker;

/// <summary>One line of a <see cref="HealthReport"/>.</summary>
/// <param name="Status">The target's status in the report.</param>
/// <param name="Description">Why: the probe's reason, such as <c>HTTP 503</c>.</param>
/// <param name="Duration">How long its probe took.</param>
public sealed record HealthReportEntry(HealthStatus Status, string Description, TimeSpan Duration);
