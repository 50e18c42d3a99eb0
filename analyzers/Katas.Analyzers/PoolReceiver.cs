using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// What a one-element collection is given to (SPOF002). A pool is something that sends traffic: a client or a
/// connection, the options, settings or factory it is made from, or a balancer, proxy or gateway. The same names
/// (<c>Hosts</c>, <c>Nodes</c>, <c>Endpoints</c>, <c>Members</c>) also hold host names a route or a certificate
/// matches (an Ingress TLS entry's <c>Hosts</c>, an Istio virtual service's), the nodes a message is about, the
/// addresses a server listens on or the members a gossip has seen so far: those receivers send nothing, and a list
/// of one there is no single point of failure.
/// </summary>
internal static class PoolReceiver
{
    // Words of a type's name that say it sends traffic to the members it is given: MongoClientSettings,
    // IConnectionFactory, RedLockFactory, NATS Options, StaticConnectionPool, RoundRobinBalancer, ProxyConfig, Fleet.
    private static readonly NameSet s_sendingWord = new(
        "client", "connection", "connections", "pool", "balancer", "cluster", "proxy", "gateway", "router", "upstream",
        "fleet", "driver", "multiplexer", "factory", "options", "settings", "config", "configuration");

    /// <summary>
    /// True when the type, or a type it derives from, is named as something that sends traffic. A type that does not
    /// bind (a package the build cannot find) counts: the rule reports what it cannot clear.
    /// </summary>
    public static bool Sends(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type.TypeKind == TypeKind.Error)
        {
            return true;
        }

        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (NamesSender(current.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What an argument is given to: the type a constructor creates; or the method, by its name
    /// (<c>CreateConnection</c>, <c>AddRedisClient</c>), the type it belongs to, the type it is called on, or the type an
    /// extension method extends.
    /// </summary>
    public static bool Sends(IOperation? call) => call switch
    {
        IObjectCreationOperation creation => Sends(creation.Type),
        IInvocationOperation { TargetMethod: var method } invocation => NamesSender(method.Name)
            || Sends(method.ContainingType)
            || Sends(invocation.Instance?.Type)
            || method is { IsExtensionMethod: true, Parameters.Length: > 0 } && Sends(method.Parameters[0].Type),
        _ => false,
    };

    private static bool NamesSender(string name)
    {
        foreach (var word in IdentifierWords.Of(name))
        {
            if (s_sendingWord.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
