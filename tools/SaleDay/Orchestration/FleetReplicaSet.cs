using System.Collections.Concurrent;
using Katas.Fleet;
using Katas.SaleDay.Scenario;
using ScalerReplica = Katas.Scaler.Replica;

namespace Katas.SaleDay.Orchestration;

/// <summary>
/// The scaler's replica set (kata 3) on real backends: starting a replica starts a Kestrel server on
/// 127.0.0.1 with the desired configuration, stopping it stops the server.
/// </summary>
internal sealed class FleetReplicaSet(Katas.Fleet.Fleet fleet, SaleDayPlan plan) : Katas.Scaler.IReplicaSet
{
    private readonly ConcurrentDictionary<string, Backend> _backends = new(StringComparer.Ordinal);
    private int _started;

    public async Task<ScalerReplica> StartAsync(CancellationToken cancellationToken = default)
    {
        var name = $"web-{Interlocked.Increment(ref _started)}";
        var backend = await fleet.AddAsync(
            new BackendOptions
            {
                Name = name,
                Latency = plan.WorkLatency,
                Capacity = plan.ReplicaCapacity,
                QueueTimeout = plan.QueueTimeout,
                Config = SaleDayPlan.DesiredConfig,
            },
            cancellationToken).ConfigureAwait(false);
        _backends[name] = backend;
        return new ScalerReplica(name, backend.BaseAddress);
    }

    public async Task StopAsync(ScalerReplica replica, CancellationToken cancellationToken = default)
    {
        if (_backends.TryRemove(replica.Name, out var backend))
        {
            await fleet.RemoveAsync(backend).ConfigureAwait(false);
        }
    }

    /// <summary>The backend of a running replica, or null when it has been stopped.</summary>
    public Backend? BackendOf(string name) => _backends.GetValueOrDefault(name);
}
