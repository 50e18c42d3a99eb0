using System.Collections.Concurrent;
using Katas.HealthChecker;

namespace Katas.SaleDay.Orchestration;

/// <summary>
/// The kubelet's job, done with kata 1: probe every replica each period, take the failing ones out of
/// rotation (readiness), and restart a container whose liveness probe failed its threshold.
/// </summary>
internal sealed class HealthLoop(FleetReplicaSet replicas, Func<IReadOnlyList<string>> running, ReadinessHealth readiness, TimeSpan timeout)
{
    // Liveness: a crashed container is restarted after two failed probes in a row.
    private static readonly ProbeThresholds s_liveness = new(successThreshold: 1, failureThreshold: 2);

    private readonly FleetChecker _checker = new(HttpProbe.CreateDefault(), maxConcurrency: 16);
    private readonly ConcurrentDictionary<string, ProbeTracker> _liveness = new(StringComparer.Ordinal);
    private int _restarts;

    public int Restarts => Volatile.Read(ref _restarts);

    public async Task CheckOnceAsync(CancellationToken cancellationToken)
    {
        var targets = running()
            .Select(name => (Name: name, Backend: replicas.BackendOf(name)))
            .Where(r => r.Backend is not null)
            .Select(r => new Target(r.Name, r.Backend!.HealthUri))
            .ToArray();

        foreach (var (target, result) in await _checker.CheckAllAsync(targets, timeout, cancellationToken).ConfigureAwait(false))
        {
            readiness.SetReady(target.Name, result.IsHealthy);
            var liveness = _liveness.GetOrAdd(target.Name, _ => new ProbeTracker(ProbeKind.Liveness, s_liveness));
            if (liveness.Record(result.IsHealthy) == ProbeState.Failure && replicas.BackendOf(target.Name) is { IsRunning: false } crashed)
            {
                await crashed.RestartAsync(cancellationToken).ConfigureAwait(false);
                _liveness[target.Name] = new ProbeTracker(ProbeKind.Liveness, s_liveness);
                Interlocked.Increment(ref _restarts);
            }
        }
    }
}
