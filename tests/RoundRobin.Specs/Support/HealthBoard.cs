using System.Collections.Concurrent;

namespace Katas.RoundRobin.Specs;

/// <summary>
/// A health source the spec sets by hand: every replica is healthy until <see cref="MarkDown"/>.
/// Thread-safe, and a lookup allocates nothing.
/// </summary>
internal sealed class HealthBoard : IReplicaHealth
{
    private readonly ConcurrentDictionary<string, bool> _down = new(StringComparer.Ordinal);

    public bool IsHealthy(Replica replica) => !_down.ContainsKey(replica.Name);

    public HealthBoard MarkDown(params string[] names)
    {
        foreach (var name in names)
        {
            _down[name] = true;
        }

        return this;
    }

    public HealthBoard MarkUp(params string[] names)
    {
        foreach (var name in names)
        {
            _down.TryRemove(name, out _);
        }

        return this;
    }
}
