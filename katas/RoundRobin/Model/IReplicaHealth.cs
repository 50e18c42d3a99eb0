namespace Katas.RoundRobin;

/// <summary>
/// Tells a balancer whether a replica may receive requests now. A health checker (kata 1), a passive
/// failure counter (<see cref="PassiveHealth"/>) or a test can be behind it.
/// </summary>
/// <remarks>
/// A balancer asks on every pick, possibly from many threads at once: an implementation must be
/// thread-safe and cheap, and should not allocate.
/// </remarks>
public interface IReplicaHealth
{
    /// <summary>True when <paramref name="replica"/> may receive requests now.</summary>
    bool IsHealthy(Replica replica);
}
