using System.Globalization;

namespace Katas.Scaler;

// Kata 3: the scaler. This is the file you edit.
// Run `./kata` (or `dotnet run --project tools/Kata`) to see which step is next and why it fails.
// The guide, README.md (한국어: README.ko.md), explains each step; Model/ holds the types you use.

/// <summary>
/// Runs a number of replicas of one service within <see cref="ScaleBounds"/>, the way
/// <c>docker service scale web=5</c> or a Kubernetes ReplicaSet does: it starts and stops replicas through
/// an <see cref="IReplicaSet"/> and keeps the load balancer's membership in step, so that a replica
/// receives requests only while it runs and leaves without dropping any.
/// </summary>
/// <remarks>
/// Scale commands run one at a time, in the order they were given. The controller starts empty: scale it
/// to <see cref="ScaleBounds.Min"/> to bring the service up.
/// </remarks>
public sealed class ReplicaController
{
    /// <summary>How long a leaving replica may take to finish its requests (Kubernetes' terminationGracePeriodSeconds).</summary>
    public static readonly TimeSpan DefaultDrainTimeout = TimeSpan.FromSeconds(30);

    private readonly IReplicaSet _replicaSet;
    private readonly IBalancerMembership _balancer;
    private readonly TimeProvider _time;
    private readonly TimeSpan _drainTimeout;

    /// <param name="replicaSet">Starts and stops the replicas.</param>
    /// <param name="balancer">The load balancer whose membership follows the running replicas.</param>
    /// <param name="bounds">The fewest and the most replicas a scale command may ask for.</param>
    /// <param name="timeProvider">Measures the drain timeout; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="drainTimeout">How long a leaving replica may drain before it is stopped anyway; <see cref="DefaultDrainTimeout"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are negative or Min is above Max, or the drain timeout is not positive.</exception>
    public ReplicaController(
        IReplicaSet replicaSet,
        IBalancerMembership balancer,
        ScaleBounds bounds,
        TimeProvider? timeProvider = null,
        TimeSpan? drainTimeout = null)
    {
        _replicaSet = replicaSet;
        _balancer = balancer;
        _time = timeProvider ?? TimeProvider.System;
        _drainTimeout = drainTimeout ?? DefaultDrainTimeout;
        Bounds = bounds;
    }

    public ScaleBounds Bounds { get; }

    /// <summary>Step 1: the replicas that run and are members of the balancer, oldest first.</summary>
    public IReadOnlyList<Replica> Replicas =>
        throw new NotImplementedException("Step 1: write ReplicaController.Replicas. / 1단계: ReplicaController.Replicas를 구현하세요.");

    /// <summary>
    /// Step 1: starts or stops replicas until <paramref name="replicas"/> run. New replicas join the
    /// balancer once started (step 4); leaving ones, the newest first, leave the balancer, drain and stop.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replicas"/> is negative or outside <see cref="Bounds"/>; nothing changes.</exception>
    /// <exception cref="ObjectDisposedException">The controller has shut down (step 7).</exception>
    public Task ScaleToAsync(int replicas, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Step 1: write ReplicaController.ScaleToAsync. / 1단계: ReplicaController.ScaleToAsync를 구현하세요.");

    /// <summary>
    /// Step 7: takes every replica out of the balancer, lets them drain and stops them, whatever the
    /// minimum: the service is going away. Later scale commands are rejected. Calling it again does nothing.
    /// </summary>
    public Task ShutdownAsync(CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Step 7: write ReplicaController.ShutdownAsync. / 7단계: ReplicaController.ShutdownAsync를 구현하세요.");
}

/// <summary>
/// Step 2: the Kubernetes HorizontalPodAutoscaler's formula. desiredReplicas =
/// ceil(currentReplicas × currentUtilization / targetUtilization), no change while the ratio is within
/// the tolerance, and never outside the bounds.
/// </summary>
public static class ReplicaCalculator
{
    /// <summary>Kubernetes' default tolerance (--horizontal-pod-autoscaler-tolerance).</summary>
    public const double DefaultTolerance = 0.1;

    /// <summary>Step 2: the replicas that bring the average utilization to the target.</summary>
    /// <param name="currentReplicas">Replicas running now, 0 or more.</param>
    /// <param name="currentUtilization">Their average utilization, in percent: finite, 0 or more (it may be above 100).</param>
    /// <param name="targetUtilization">The utilization to aim for, in percent: finite and above 0.</param>
    /// <param name="bounds">minReplicas and maxReplicas.</param>
    /// <param name="tolerance">No change while |1 - current / target| is at most this: finite, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, infinite, negative, or the target is 0; the bounds are invalid.</exception>
    public static int DesiredReplicas(
        int currentReplicas,
        double currentUtilization,
        double targetUtilization,
        ScaleBounds bounds,
        double tolerance = DefaultTolerance) =>
        throw new NotImplementedException("Step 2: write ReplicaCalculator.DesiredReplicas. / 2단계: ReplicaCalculator.DesiredReplicas를 구현하세요.");
}

/// <summary>
/// Step 3: the HorizontalPodAutoscaler's decisions over time. It scales up quickly but by at most
/// max(2 × replicas, 4) per sync (one call of <see cref="Recommend"/>), and down slowly: to the highest recommendation of the stabilization
/// window, so that a short dip in load does not throw away replicas that will be needed a minute later.
/// </summary>
/// <remarks>Not thread-safe: one autoscaler belongs to one control loop.</remarks>
public sealed class HorizontalAutoscaler
{
    private readonly AutoscalerSettings _settings;
    private readonly TimeProvider _time;

    /// <param name="settings">Bounds, target utilization, tolerance, windows.</param>
    /// <param name="timeProvider">The clock of the windows; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range (see <see cref="AutoscalerSettings"/>).</exception>
    public HorizontalAutoscaler(AutoscalerSettings settings, TimeProvider? timeProvider = null)
    {
        _settings = settings;
        _time = timeProvider ?? TimeProvider.System;
    }

    public AutoscalerSettings Settings => _settings;

    /// <summary>
    /// Step 3: how many replicas to run now, given how many run and their average utilization. The caller
    /// is expected to scale to the answer.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative replica count, or a utilization that is NaN, infinite or negative.</exception>
    public int Recommend(int currentReplicas, double currentUtilization) =>
        throw new NotImplementedException("Step 3: write HorizontalAutoscaler.Recommend. / 3단계: HorizontalAutoscaler.Recommend를 구현하세요.");
}

/// <summary>
/// Step 5: replays a traffic curve, second by second, against a service whose size a strategy decides,
/// and counts what it cost: requests dropped, waits, replica-hours.
/// </summary>
/// <remarks>
/// Each second: the strategy decides; replicas start (ready after the startup time) or stop (starting
/// ones first, then the newest ready ones; they drain within the second, so scaling down drops nothing);
/// requests that waited the timeout are dropped; the second's arrivals join the line; ready replicas serve
/// the line first come, first served. A dropped request counts as a wait of the whole timeout.
/// </remarks>
public static class SaleDaySimulator
{
    /// <summary>Step 5: replays <paramref name="traffic"/> against <paramref name="strategy"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    /// <exception cref="InvalidOperationException">The strategy asked for a negative number of replicas.</exception>
    public static SimulationResult Run(TrafficCurve traffic, IScalingStrategy strategy, SimulationSettings settings) =>
        throw new NotImplementedException("Step 5: write SaleDaySimulator.Run. / 5단계: SaleDaySimulator.Run을 구현하세요.");
}

/// <summary>Step 6: the lesson's first answer to a sale day: enough servers for the peak, always on.</summary>
public sealed class AlwaysOn : IScalingStrategy
{
    private readonly int _replicas;

    public AlwaysOn(int replicas)
    {
        _replicas = replicas;
    }

    public string Name => string.Create(CultureInfo.InvariantCulture, $"Always on ({_replicas} replicas)");

    public int InitialReplicas => _replicas;

    /// <summary>Step 6: the same count, whatever happens.</summary>
    public int Decide(ScalingObservation observation) =>
        throw new NotImplementedException("Step 6: write AlwaysOn.Decide. / 6단계: AlwaysOn.Decide를 구현하세요.");
}

/// <summary>
/// Step 6: a person who scales by hand. An alarm goes off when the fleet is overloaded (utilization at or
/// above <see cref="HighAlarm"/>) or idle (at or below <see cref="LowAlarm"/>, above the minimum); the
/// person notices, looks into it and acts one reaction delay later, sizing the fleet for the busiest
/// second they saw meanwhile at the target utilization.
/// </summary>
public sealed class ManualScaling : IScalingStrategy
{
    /// <summary>Utilization, in percent, at or above which the overload alarm goes off.</summary>
    public const double HighAlarm = 90;

    /// <summary>Utilization, in percent, at or below which the idle alarm goes off.</summary>
    public const double LowAlarm = 20;

    private readonly ScaleBounds _bounds;
    private readonly TimeSpan _reactionDelay;
    private readonly int _requestsPerReplicaPerSecond;
    private readonly int _targetUtilization;

    /// <param name="bounds">The fewest and the most replicas the person will run; they start with the fewest.</param>
    /// <param name="reactionDelay">From the alarm to the action: noticing, analysing, typing the command.</param>
    /// <param name="requestsPerReplicaPerSecond">What the person knows one replica can serve.</param>
    /// <param name="targetUtilization">How busy, in percent, the person wants each replica to be.</param>
    public ManualScaling(ScaleBounds bounds, TimeSpan reactionDelay, int requestsPerReplicaPerSecond, int targetUtilization = 50)
    {
        _bounds = bounds;
        _reactionDelay = reactionDelay;
        _requestsPerReplicaPerSecond = requestsPerReplicaPerSecond;
        _targetUtilization = targetUtilization;
    }

    public string Name => string.Create(CultureInfo.InvariantCulture, $"Manual ({_reactionDelay.TotalMinutes:0.#} min reaction)");

    public int InitialReplicas => _bounds.Min;

    /// <summary>Step 6: the count the person last set; a new one a reaction delay after an alarm.</summary>
    public int Decide(ScalingObservation observation) =>
        throw new NotImplementedException("Step 6: write ManualScaling.Decide. / 6단계: ManualScaling.Decide를 구현하세요.");
}

/// <summary>
/// Step 6: the <see cref="HorizontalAutoscaler"/> as a strategy. Like the Kubernetes controller it looks
/// once a sync period (15 s), at the mean utilization of the seconds since its last look, on the
/// simulation's clock.
/// </summary>
public sealed class AutoscalerStrategy : IScalingStrategy
{
    /// <summary>Kubernetes' --horizontal-pod-autoscaler-sync-period.</summary>
    public static readonly TimeSpan DefaultSyncPeriod = TimeSpan.FromSeconds(15);

    private readonly AutoscalerSettings _settings;
    private readonly TimeSpan _syncPeriod;

    public AutoscalerStrategy(AutoscalerSettings settings, TimeSpan? syncPeriod = null)
    {
        _settings = settings;
        _syncPeriod = syncPeriod ?? DefaultSyncPeriod;
    }

    public string Name => string.Create(
        CultureInfo.InvariantCulture,
        $"Autoscaler (target {_settings.TargetUtilization:0.#}%, {_settings.Bounds.Min}-{_settings.Bounds.Max} replicas)");

    public int InitialReplicas => _settings.Bounds.Min;

    /// <summary>Step 6: every sync period, the autoscaler's recommendation; in between, the last one.</summary>
    public int Decide(ScalingObservation observation) =>
        throw new NotImplementedException("Step 6: write AutoscalerStrategy.Decide. / 6단계: AutoscalerStrategy.Decide를 구현하세요.");
}
