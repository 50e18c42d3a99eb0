namespace Katas.HealthChecker;

/// <summary>
/// How many equal results in a row it takes to change a probe's state.
/// </summary>
/// <remarks>
/// Kubernetes calls them successThreshold and failureThreshold (defaults 1 and 3); HAProxy calls them
/// rise and fall (defaults 2 and 3).
/// </remarks>
public sealed record ProbeThresholds
{
    public ProbeThresholds(int successThreshold, int failureThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(successThreshold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(failureThreshold, 1);
        SuccessThreshold = successThreshold;
        FailureThreshold = failureThreshold;
    }

    /// <summary>Kubernetes' defaults: successThreshold 1, failureThreshold 3.</summary>
    public static ProbeThresholds Kubernetes { get; } = new(successThreshold: 1, failureThreshold: 3);

    /// <summary>HAProxy's defaults: rise 2, fall 3.</summary>
    public static ProbeThresholds HAProxy { get; } = new(successThreshold: 2, failureThreshold: 3);

    /// <summary>Successes in a row that turn the state to <see cref="ProbeState.Success"/>.</summary>
    public int SuccessThreshold { get; }

    /// <summary>Failures in a row that turn the state to <see cref="ProbeState.Failure"/>.</summary>
    public int FailureThreshold { get; }
}
