namespace Katas.HealthChecker;

/// <summary>The health of a container as Docker's HEALTHCHECK reports it.</summary>
public enum ContainerHealthStatus
{
    /// <summary>No successful check yet.</summary>
    Starting,

    /// <summary>The last check succeeded.</summary>
    Healthy,

    /// <summary>The failing streak reached the number of retries.</summary>
    Unhealthy,
}
