namespace Katas.HealthChecker;

/// <summary>
/// How healthy something is. The same names and values as
/// <c>Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus</c>: a lower value is worse.
/// </summary>
public enum HealthStatus
{
    /// <summary>Not working: take it out of rotation.</summary>
    Unhealthy = 0,

    /// <summary>Working, but not as it should (for example a non-critical dependency is down).</summary>
    Degraded = 1,

    /// <summary>Working as it should.</summary>
    Healthy = 2,
}
