namespace Katas.HealthChecker;

/// <summary>Something to check: a name for the report and the URL to probe.</summary>
/// <param name="Name">A unique name, for example <c>web-1</c>.</param>
/// <param name="Uri">The absolute URL of its health endpoint.</param>
/// <param name="FailureStatus">
/// What a failed probe means for the report: <see cref="HealthStatus.Unhealthy"/> for a critical target,
/// <see cref="HealthStatus.Degraded"/> for one the service can live without.
/// </param>
public sealed record Target(string Name, Uri Uri, HealthStatus FailureStatus = HealthStatus.Unhealthy);
