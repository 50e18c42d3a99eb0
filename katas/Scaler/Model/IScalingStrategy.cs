namespace Katas.Scaler;

/// <summary>
/// Decides, once a simulated second, how many replicas should run: a person watching a dashboard, an
/// autoscaler, or a fixed fleet. <see cref="SaleDaySimulator"/> asks it and carries the answer out.
/// </summary>
public interface IScalingStrategy
{
    /// <summary>A short name for the cost table, for example <c>Always on (10 replicas)</c>.</summary>
    string Name { get; }

    /// <summary>The replicas that run, ready, when the simulation begins.</summary>
    int InitialReplicas { get; }

    /// <summary>
    /// Called at the start of every simulated second with what happened in the second before; returns
    /// how many replicas should run from now on (0 or more).
    /// </summary>
    int Decide(ScalingObservation observation);
}

/// <summary>What a strategy sees at the start of a simulated second.</summary>
/// <param name="Elapsed">Simulated time since the start: 0 s, 1 s, 2 s...</param>
/// <param name="Replicas">Replicas that run now, starting ones included: the count a strategy changes.</param>
/// <param name="ReadyReplicas">Replicas that have finished starting and serve requests.</param>
/// <param name="Arrivals">Requests that arrived in the second before (0 at the start).</param>
/// <param name="Utilization">
/// The share of the fleet's capacity that was busy in the second before, in percent (0 to 100). Starting
/// replicas count as idle capacity, as Kubernetes counts pods that are not ready yet when it scales up.
/// </param>
public readonly record struct ScalingObservation(TimeSpan Elapsed, int Replicas, int ReadyReplicas, int Arrivals, double Utilization);
