namespace Katas.Scaler;

/// <summary>
/// The settings of a <see cref="HorizontalAutoscaler"/>, with the defaults of Kubernetes' HorizontalPodAutoscaler.
/// </summary>
/// <param name="Bounds">minReplicas and maxReplicas.</param>
/// <param name="TargetUtilization">The average utilization per replica to aim for, in percent (for example 50).</param>
public sealed record AutoscalerSettings(ScaleBounds Bounds, double TargetUtilization)
{
    /// <summary>No change while the ratio of current to target utilization is within 1 ± this (Kubernetes: 0.1).</summary>
    public double Tolerance { get; init; } = 0.1;

    /// <summary>A scale-down uses the highest recommendation of this window (Kubernetes: 300 s).</summary>
    public TimeSpan ScaleDownStabilizationWindow { get; init; } = TimeSpan.FromSeconds(300);
}
