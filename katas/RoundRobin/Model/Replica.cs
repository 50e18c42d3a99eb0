namespace Katas.RoundRobin;

/// <summary>
/// One copy of the service that a balancer can send requests to: nginx's <c>server</c> line in an
/// <c>upstream</c> block, YARP's destination.
/// </summary>
/// <remarks>
/// Two replicas are equal when their name, address and weight are equal. A balancer knows its replicas
/// by name, so names are unique within one balancer.
/// </remarks>
public sealed record Replica
{
    /// <param name="name">A unique name, for example <c>web-1</c>.</param>
    /// <param name="address">The absolute http or https address requests go to, for example <c>http://10.0.0.5:8080/</c>.</param>
    /// <param name="weight">The replica's share of the requests relative to the others (nginx's <c>weight=</c>, default 1).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="address"/> is not an absolute http(s) address.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is less than 1.</exception>
    public Replica(string name, Uri address, int weight = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"A replica's address must be an absolute http or https URL, not '{address}'.", nameof(address));
        }

        // nginx rejects weight=0 too: a replica that should get no traffic is removed or marked down instead.
        ArgumentOutOfRangeException.ThrowIfLessThan(weight, 1);

        Name = name;
        Address = address;
        Weight = weight;
    }

    /// <summary>The replica's unique name.</summary>
    public string Name { get; }

    /// <summary>Where requests for this replica go.</summary>
    public Uri Address { get; }

    /// <summary>The replica's share of the requests relative to the others; 1 unless told otherwise.</summary>
    public int Weight { get; }

    public override string ToString() => Weight == 1 ? $"{Name} ({Address})" : $"{Name} ({Address}, weight {Weight})";
}
