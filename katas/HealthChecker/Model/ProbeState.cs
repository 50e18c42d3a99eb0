namespace Katas.HealthChecker;

/// <summary>The state a probe reports, as Kubernetes' prober keeps it.</summary>
public enum ProbeState
{
    Unknown,
    Success,
    Failure,
}
