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

    // One command at a time: two commands that both see 2 replicas and both start 3 would run 8.
    // SemaphoreSlim queues its asynchronous waiters in order, so commands run in the order they came.
    private readonly SemaphoreSlim _commands = new(1, 1);

    // Changed only by the command that holds _commands; readers get an immutable snapshot.
    private readonly List<Replica> _running = [];
    private volatile Replica[] _snapshot = [];
    private bool _shutDown;

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
        ArgumentNullException.ThrowIfNull(replicaSet);
        ArgumentNullException.ThrowIfNull(balancer);
        Guard.ValidBounds(bounds);
        if (drainTimeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            // Stryker disable once String : the words of an error are the author's; the spec checks the kind of error and the ParamName.
            throw new ArgumentOutOfRangeException(nameof(drainTimeout), timeout, "The drain timeout must be positive.");
        }

        _replicaSet = replicaSet;
        _balancer = balancer;
        _time = timeProvider ?? TimeProvider.System;
        _drainTimeout = drainTimeout ?? DefaultDrainTimeout;
        Bounds = bounds;
    }

    public ScaleBounds Bounds { get; }

    /// <summary>Step 1: the replicas that run and are members of the balancer, oldest first.</summary>
    public IReadOnlyList<Replica> Replicas => _snapshot;

    /// <summary>
    /// Step 1: starts or stops replicas until <paramref name="replicas"/> run. New replicas join the
    /// balancer once started (step 4); leaving ones, the newest first, leave the balancer, drain and stop.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replicas"/> is negative or outside <see cref="Bounds"/>; nothing changes.</exception>
    /// <exception cref="ObjectDisposedException">The controller has shut down (step 7).</exception>
    public async Task ScaleToAsync(int replicas, CancellationToken cancellationToken = default)
    {
        // Reject before anything changes: a wrong command must not leave the service half scaled. The
        // minimum is never negative, so this rejects a negative count too.
        if (replicas < Bounds.Min || replicas > Bounds.Max)
        {
            throw new ArgumentOutOfRangeException(
                nameof(replicas),
                replicas,
                string.Create(CultureInfo.InvariantCulture, $"Cannot scale to {replicas} replicas: the bounds are {Bounds}."));
        }

        await _commands.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_shutDown, this);

            while (_running.Count < replicas)
            {
                // Started means ready: only then may the balancer send it requests.
                var replica = await _replicaSet.StartAsync(cancellationToken).ConfigureAwait(false);
                _balancer.Add(replica);
                _running.Add(replica);
                Publish();
            }

            // After scaling up there is nothing more to stop: the newest (_running.Count - replicas) leave.
            await RetireAsync(TakeNewest(_running.Count - replicas)).ConfigureAwait(false);
        }
        finally
        {
            _commands.Release();
        }
    }

    /// <summary>
    /// Step 7: takes every replica out of the balancer, lets them drain and stops them, whatever the
    /// minimum: the service is going away. Later scale commands are rejected. Calling it again does nothing.
    /// </summary>
    public async Task ShutdownAsync(CancellationToken cancellationToken = default)
    {
        await _commands.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A second call finds nothing running, and so does nothing.
            _shutDown = true;
            await RetireAsync(TakeNewest(_running.Count)).ConfigureAwait(false);
        }
        finally
        {
            _commands.Release();
        }
    }

    /// <summary>Removes the <paramref name="count"/> newest replicas from the running list, newest first.</summary>
    private Replica[] TakeNewest(int count)
    {
        // Kubernetes also prefers to delete the pods that have been running for the shortest time:
        // the older ones have warm caches and a record of being healthy.
        var leaving = _running.GetRange(_running.Count - count, count);
        leaving.Reverse();
        _running.RemoveRange(_running.Count - count, count);
        Publish();
        return [.. leaving];
    }

    /// <summary>Graceful scale-down: out of the balancer first, then drain, then stop.</summary>
    private async Task RetireAsync(Replica[] leaving)
    {
        // All of them leave the balancer before any drain begins: a replica that waits for another to
        // drain would keep receiving new requests meanwhile, and its own drain would never end.
        foreach (var replica in leaving)
        {
            _balancer.Remove(replica);
        }

        // No cancellation from here on: a replica that has left the balancer is always stopped. An
        // orphan would serve nobody and still cost money. The drain timeout bounds the wait instead.
        await Task.WhenAll(leaving.Select(DrainAndStopAsync)).ConfigureAwait(false);
    }

    private async Task DrainAndStopAsync(Replica replica)
    {
        using var grace = new CancellationTokenSource(_drainTimeout, _time);
        try
        {
            await _balancer.WhenDrainedAsync(replica, grace.Token).WaitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (grace.IsCancellationRequested)
        {
            // The grace period is over: like the kubelet's SIGKILL, stop it with requests still in flight.
        }

        await _replicaSet.StopAsync(replica, CancellationToken.None).ConfigureAwait(false);
    }

    private void Publish() => _snapshot = [.. _running];
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
        double tolerance = DefaultTolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(currentReplicas);
        Guard.FiniteAndNotNegative(currentUtilization);
        Guard.FiniteAndPositive(targetUtilization);
        Guard.FiniteAndNotNegative(tolerance);
        Guard.ValidBounds(bounds);

        // The ratio first, then the product, exactly as Kubernetes computes it (replica_calculator.go):
        // the same doubles give the same rounding, and so the same replica counts as the real controller.
        var ratio = currentUtilization / targetUtilization;
        if (Math.Abs(1.0 - ratio) <= tolerance)
        {
            // Close enough: scaling on noise would make the fleet flap.
            return Math.Clamp(currentReplicas, bounds.Min, bounds.Max);
        }

        // Ceiling, not rounding: 5.4 replicas' worth of work does not fit on 5. Clamping in doubles first
        // keeps an absurd but finite utilization from overflowing the int.
        var desired = Math.Ceiling(ratio * currentReplicas);
        return (int)Math.Clamp(desired, bounds.Min, bounds.Max);
    }
}

/// <summary>
/// Step 3: the HorizontalPodAutoscaler's decisions over time. It scales up quickly but by at most
/// max(2 × replicas, 4) per sync, and down slowly: to the highest recommendation of the stabilization
/// window, so that a short dip in load does not throw away replicas that will be needed a minute later.
/// </summary>
/// <remarks>
/// This is the HPA without <c>behavior</c>, exactly as the controller's <c>normalizeDesiredReplicas</c>
/// (<c>pkg/controller/podautoscaler/horizontal.go</c>) does it: <c>stabilizeRecommendation</c> takes the
/// highest recommendation not older than the window (the first sync records the replicas it found as one,
/// <c>recordInitialRecommendation</c>), and <c>convertDesiredReplicasWithRules</c> caps a
/// scale-up at <c>calculateScaleUpLimit</c> = max(2 × current, 4) of the replicas running at this sync.
/// Each <see cref="Recommend"/> is one sync of the controller (every 15 s in Kubernetes). Not thread-safe:
/// one autoscaler belongs to one control loop.
/// </remarks>
public sealed class HorizontalAutoscaler
{
    private readonly AutoscalerSettings _settings;
    private readonly TimeProvider _time;

    // In time order, so that the old entries are always at the front.
    private readonly Queue<(DateTimeOffset At, int Replicas)> _recommendations = new();
    private bool _synced;

    /// <param name="settings">Bounds, target utilization, tolerance, windows.</param>
    /// <param name="timeProvider">The clock of the windows; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range (see <see cref="AutoscalerSettings"/>).</exception>
    public HorizontalAutoscaler(AutoscalerSettings settings, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Guard.ValidBounds(settings.Bounds);
        Guard.FiniteAndPositive(settings.TargetUtilization);
        Guard.FiniteAndNotNegative(settings.Tolerance);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.ScaleDownStabilizationWindow, TimeSpan.Zero);
        _settings = settings;
        _time = timeProvider ?? TimeProvider.System;
    }

    public AutoscalerSettings Settings => _settings;

    /// <summary>
    /// Step 3: how many replicas to run now, given how many run and their average utilization. The caller
    /// is expected to scale to the answer.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative replica count, or a utilization that is NaN, infinite or negative.</exception>
    public int Recommend(int currentReplicas, double currentUtilization)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(currentReplicas);
        Guard.FiniteAndNotNegative(currentUtilization);
        var bounds = _settings.Bounds;
        var now = _time.GetUtcNow();

        // recordInitialRecommendation: the first sync remembers the replicas it found as a recommendation,
        // before it looks at the bounds or the metrics. An autoscaler that starts watching a fleet so does
        // not scale it down before one window has passed: it has not seen the load long enough to know.
        if (!_synced)
        {
            _recommendations.Enqueue((now, currentReplicas));
            _synced = true;
        }

        // Outside the bounds (someone changed them, or scaled by hand): back inside first, whatever the
        // metrics say, as the Kubernetes controller does before it looks at them.
        if (currentReplicas > bounds.Max)
        {
            return bounds.Max;
        }

        if (currentReplicas < bounds.Min)
        {
            return bounds.Min;
        }

        var recommendation = ReplicaCalculator.DesiredReplicas(
            currentReplicas, currentUtilization, _settings.TargetUtilization, bounds, _settings.Tolerance);
        var desired = Stabilize(recommendation, now);

        // calculateScaleUpLimit: at most double, and at least 4, whatever the metrics say. A bogus metric
        // (Kubernetes issue 32304) must not multiply the fleet in one sync. The limit is at least the
        // current count, so it never forces a scale-down. The maximum holds too: the first sync's
        // recommendation (the replicas found) may lie above it (convertDesiredReplicasWithRules).
        var scaleUpLimit = Math.Max(2 * currentReplicas, 4);
        return Math.Min(desired, Math.Min(scaleUpLimit, bounds.Max));
    }

    /// <summary>Records <paramref name="recommendation"/> and returns the highest recommendation of the window.</summary>
    private int Stabilize(int recommendation, DateTimeOffset now)
    {
        // A recommendation exactly one window old still counts: stabilizeRecommendation drops only those
        // whose timestamp is Before(now - window).
        var cutoff = now - _settings.ScaleDownStabilizationWindow;
        while (_recommendations.TryPeek(out var oldest) && oldest.At < cutoff)
        {
            _recommendations.Dequeue();
        }

        var highest = recommendation;
        foreach (var (_, replicas) in _recommendations)
        {
            highest = Math.Max(highest, replicas);
        }

        _recommendations.Enqueue((now, recommendation));
        return highest;
    }
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
    public static SimulationResult Run(TrafficCurve traffic, IScalingStrategy strategy, SimulationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.RequestsPerReplicaPerSecond, 1);
        var startup = WholeSeconds(settings.StartupTime, minimum: 0);
        var timeout = WholeSeconds(settings.RequestTimeout, minimum: 1);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.CostPerReplicaHour);

        var ready = strategy.InitialReplicas;
        if (ready < 0)
        {
            throw new InvalidOperationException($"{strategy.Name} starts with {ready} replicas; a count cannot be negative.");
        }

        var fleet = new Fleet(ready, startup);
        var line = new Line(timeout);
        var arrivals = 0;
        var utilization = 0.0;
        long replicaSeconds = 0;
        var peak = ready;

        for (var second = 0; second < traffic.Seconds; second++)
        {
            fleet.Promote(second);
            var observation = new ScalingObservation(TimeSpan.FromSeconds(second), fleet.Total, fleet.Ready, arrivals, utilization);
            var wanted = strategy.Decide(observation);
            if (wanted < 0)
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{strategy.Name} asked for {wanted} replicas at {second} s; a count cannot be negative."));
            }

            fleet.ScaleTo(wanted, second);
            replicaSeconds += fleet.Total;
            peak = Math.Max(peak, fleet.Total);

            arrivals = traffic[second];
            var capacity = fleet.Ready * settings.RequestsPerReplicaPerSecond;
            var served = line.Serve(second, arrivals, capacity);

            // Starting replicas are capacity the fleet pays for and cannot use yet: they count as idle.
            var paidFor = fleet.Total * settings.RequestsPerReplicaPerSecond;
            utilization = paidFor > 0 ? served * 100.0 / paidFor : arrivals > 0 ? 100.0 : 0.0;
        }

        return new SimulationResult(
            strategy.Name,
            traffic.TotalRequests,
            line.Dropped + line.Waiting,
            TimeSpan.FromSeconds(line.Percentile(95)),
            peak,
            replicaSeconds,
            settings.CostPerReplicaHour);
    }

    private static int WholeSeconds(TimeSpan value, int minimum, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        var whole = value.Ticks % TimeSpan.TicksPerSecond == 0 && value.TotalSeconds >= minimum;

        // This bound only keeps the cast below from overflowing. At int.MaxValue seconds itself the
        // simulation's arrays cannot be allocated either way, so which side of it is rejected is not observable.
        // Stryker disable once Equality : equivalent at int.MaxValue, see above
        var fits = value.TotalSeconds <= int.MaxValue;
        if (!whole || !fits)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"The simulation runs in whole seconds: {name} must be a whole number of seconds, {minimum} or more."));
        }

        return (int)value.TotalSeconds;
    }

    /// <summary>Ready replicas, and starting ones counted by the second they become ready.</summary>
    private sealed class Fleet(int ready, int startup)
    {
        // Slot (readyAt % length) holds the replicas that become ready at that second: with a startup
        // time of s seconds, no replica is ever more than s seconds away from ready.
        private readonly int[] _starting = new int[startup + 1];
        private int _startingTotal;

        public int Ready { get; private set; } = ready;

        public int Total => Ready + _startingTotal;

        public void ScaleTo(int wanted, int second)
        {
            if (wanted > Total)
            {
                _starting[(second + startup) % _starting.Length] += wanted - Total;
                _startingTotal += wanted - Total;
            }

            // Stop starting replicas first, the newest of them first: they serve nobody yet.
            for (var readyAt = second + startup; Total > wanted && _startingTotal > 0; readyAt--)
            {
                ref var slot = ref _starting[readyAt % _starting.Length];
                var stopped = Math.Min(slot, Total - wanted);
                slot -= stopped;
                _startingTotal -= stopped;
            }

            Ready -= Math.Max(0, Total - wanted);

            // With no startup time, a replica started now serves now.
            Promote(second);
        }

        /// <summary>Replicas whose startup ends at <paramref name="second"/> serve from then on.</summary>
        public void Promote(int second)
        {
            ref var due = ref _starting[second % _starting.Length];
            Ready += due;
            _startingTotal -= due;
            due = 0;
        }
    }

    /// <summary>The requests waiting to be served, counted by the second they arrived.</summary>
    private sealed class Line(int timeout)
    {
        // Slot (arrival % timeout): a request still there when its slot comes round again has waited the
        // timeout. The histogram counts requests by whole seconds of waiting: 0 to timeout - 1 for answered
        // ones, timeout for dropped ones (their users gave up then).
        private readonly long[] _byArrival = new long[timeout];
        private readonly long[] _waits = new long[timeout + 1];
        private int _oldest;

        public long Dropped { get; private set; }

        public long Waiting { get; private set; }

        /// <summary>Drops what waited too long, adds the arrivals, serves up to <paramref name="capacity"/>, oldest first.</summary>
        public long Serve(int second, int arrivals, long capacity)
        {
            ref var slot = ref _byArrival[second % timeout];
            Dropped += slot;
            Waiting -= slot;
            slot = arrivals;
            Waiting += arrivals;
            _oldest = Math.Max(_oldest, second - timeout + 1);

            // Oldest first. The slot that still holds requests afterwards (the capacity ran out there) is where
            // the next second starts; empty slots are passed over for good.
            long served = 0;
            for (; _oldest <= second; _oldest++)
            {
                ref var waiting = ref _byArrival[_oldest % timeout];
                var now = Math.Min(waiting, capacity - served);
                waiting -= now;
                served += now;
                _waits[second - _oldest] += now;
                if (waiting > 0)
                {
                    break;
                }
            }

            Waiting -= served;
            return served;
        }

        /// <summary>
        /// The nearest-rank percentile of the waits of all requests, in whole seconds; a request still
        /// waiting counts as dropped. 0 when there were no requests.
        /// </summary>
        public int Percentile(int percent)
        {
            _waits[timeout] = Dropped + Waiting;
            long requests = 0;
            foreach (var count in _waits)
            {
                requests += count;
            }

            // The smallest wait that at least percent% of the requests did not exceed. With no requests the
            // rank is 0 and the answer 0; otherwise the rank is at most the requests, all in the histogram.
            var rank = (requests * percent + 99) / 100;
            var wait = 0;
            for (var seen = _waits[0]; seen < rank; seen += _waits[wait])
            {
                wait++;
            }

            return wait;
        }
    }
}

/// <summary>Step 6: the lesson's first answer to a sale day: enough servers for the peak, always on.</summary>
public sealed class AlwaysOn : IScalingStrategy
{
    private readonly int _replicas;

    public AlwaysOn(int replicas)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicas);
        _replicas = replicas;
    }

    public string Name => string.Create(CultureInfo.InvariantCulture, $"Always on ({_replicas} replicas)");

    public int InitialReplicas => _replicas;

    /// <summary>Step 6: the same count, whatever happens.</summary>
    public int Decide(ScalingObservation observation) => _replicas;
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
    private int _wanted;
    private TimeSpan? _actAt;
    private int _busiest;

    /// <param name="bounds">The fewest and the most replicas the person will run; they start with the fewest.</param>
    /// <param name="reactionDelay">From the alarm to the action: noticing, analysing, typing the command.</param>
    /// <param name="requestsPerReplicaPerSecond">What the person knows one replica can serve.</param>
    /// <param name="targetUtilization">How busy, in percent, the person wants each replica to be.</param>
    public ManualScaling(ScaleBounds bounds, TimeSpan reactionDelay, int requestsPerReplicaPerSecond, int targetUtilization = 50)
    {
        Guard.ValidBounds(bounds);
        ArgumentOutOfRangeException.ThrowIfLessThan(reactionDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerReplicaPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(targetUtilization, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(targetUtilization, 100);
        _bounds = bounds;
        _reactionDelay = reactionDelay;
        _requestsPerReplicaPerSecond = requestsPerReplicaPerSecond;
        _targetUtilization = targetUtilization;
        _wanted = bounds.Min;
    }

    public string Name => string.Create(CultureInfo.InvariantCulture, $"Manual ({_reactionDelay.TotalMinutes:0.#} min reaction)");

    public int InitialReplicas => _bounds.Min;

    /// <summary>Step 6: the count the person last set; a new one a reaction delay after an alarm.</summary>
    public int Decide(ScalingObservation observation)
    {
        if (_actAt is null)
        {
            var overloaded = observation.Utilization >= HighAlarm;
            var idle = observation.Utilization <= LowAlarm && observation.Replicas > _bounds.Min;
            if (overloaded || idle)
            {
                _actAt = observation.Elapsed + _reactionDelay;
                _busiest = observation.Arrivals;
            }
        }
        else
        {
            _busiest = Math.Max(_busiest, observation.Arrivals);
        }

        if (_actAt is { } actAt && observation.Elapsed >= actAt)
        {
            // Whole numbers, rounded up: the replicas that serve the busiest second at the target.
            var perReplica = _requestsPerReplicaPerSecond * _targetUtilization;
            var needed = ((long)_busiest * 100 + perReplica - 1) / perReplica;
            _wanted = (int)Math.Clamp(needed, _bounds.Min, _bounds.Max);
            _actAt = null;
        }

        return _wanted;
    }
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

    private readonly SimulationClock _clock = new();
    private readonly HorizontalAutoscaler _autoscaler;
    private readonly AutoscalerSettings _settings;
    private readonly TimeSpan _syncPeriod;
    private double _utilizationSum;
    private int _samples;
    private int? _wanted;

    public AutoscalerStrategy(AutoscalerSettings settings, TimeSpan? syncPeriod = null)
    {
        // The autoscaler checks the settings; it runs on the simulation's clock, not the machine's.
        _autoscaler = new HorizontalAutoscaler(settings, _clock);
        _settings = settings;
        _syncPeriod = syncPeriod ?? DefaultSyncPeriod;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_syncPeriod, TimeSpan.Zero);
    }

    public string Name => string.Create(
        CultureInfo.InvariantCulture,
        $"Autoscaler (target {_settings.TargetUtilization:0.#}%, {_settings.Bounds.Min}-{_settings.Bounds.Max} replicas)");

    public int InitialReplicas => _settings.Bounds.Min;

    /// <summary>Step 6: every sync period, the autoscaler's recommendation; in between, the last one.</summary>
    public int Decide(ScalingObservation observation)
    {
        // The observation at 0 s has no second before it to measure.
        if (observation.Elapsed > TimeSpan.Zero)
        {
            _utilizationSum += observation.Utilization;
            _samples++;
        }

        if (observation.Elapsed > TimeSpan.Zero && observation.Elapsed.Ticks % _syncPeriod.Ticks == 0)
        {
            _clock.Now = DateTimeOffset.UnixEpoch + observation.Elapsed;
            _wanted = _autoscaler.Recommend(observation.Replicas, _utilizationSum / _samples);
            _utilizationSum = 0;
            _samples = 0;
        }

        return _wanted ?? observation.Replicas;
    }

    /// <summary>A clock that shows the simulated time: a week runs in milliseconds.</summary>
    private sealed class SimulationClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

/// <summary>Checks shared by the steps: each names the value it rejects.</summary>
internal static class Guard
{
    public static void ValidBounds(ScaleBounds bounds, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(bounds))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(bounds, name);
        if (bounds.Min < 0 || bounds.Max < bounds.Min)
        {
            throw new ArgumentOutOfRangeException(name, bounds, string.Create(
                CultureInfo.InvariantCulture,
                $"The bounds {bounds} are invalid: Min must be 0 or more and Max at least Min."));
        }
    }

    public static void FiniteAndNotNegative(double value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number, 0 or more, but was {value}."));
        }
    }

    public static void FiniteAndPositive(double value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number above 0, but was {value}."));
        }
    }
}
