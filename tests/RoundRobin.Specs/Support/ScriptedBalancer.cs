using System.Diagnostics.CodeAnalysis;

namespace Katas.RoundRobin.Specs;

/// <summary>
/// A balancer that picks what the spec says, in order, and then the last of them again and again: it
/// plays the rotation coming back to a replica within one request, as concurrent traffic can make it.
/// </summary>
internal sealed class ScriptedBalancer(IReadOnlyList<Replica> replicas, params Replica[] picks) : ILoadBalancer
{
    private int _next;

    public IReadOnlyList<Replica> Replicas => replicas;

    /// <summary>How many times <see cref="TryPick"/> was called.</summary>
    public int PickCount => Volatile.Read(ref _next);

    public bool TryPick([NotNullWhen(true)] out Replica? replica)
    {
        replica = picks[Math.Min(Interlocked.Increment(ref _next) - 1, picks.Length - 1)];
        return true;
    }
}
