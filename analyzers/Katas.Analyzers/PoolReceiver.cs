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
/// <remarks>
/// Some of those words name what sends traffic only in a client library: <c>MongoClientSettings</c>, NATS's
/// <c>Options</c>, StackExchange.Redis's <c>ConfigurationOptions</c>, <c>RedLockFactory</c>. An application's own
/// settings, factories and proxies are named with the same words (Ombi's <c>PlexSettings.Servers</c>, the Plex servers
/// an administrator added, asked one after another; Opserver's <c>HAProxyGroup.Instances</c>, the HAProxy servers a
/// dashboard polls): their members are what the application works on, not servers a client spreads traffic over. So
/// a type named only by those words counts when it is not the application's own (<see cref="ApplicationTypes"/>).
/// </remarks>
internal static class PoolReceiver
{
    // Words of a type's name that say it sends traffic to the members it is given, wherever it is declared:
    // IConnectionFactory, StaticConnectionPool, RoundRobinBalancer, ClusterConfig, Fleet, ConnectionMultiplexer.
    private static readonly NameSet s_sendingWord = new(
        "client", "connection", "connections", "pool", "balancer", "cluster", "upstream", "fleet", "driver", "multiplexer");

    // Words that say so only of a library's type: MongoClientSettings's "settings" is the driver's; an application's
    // PlexSettings or HAProxyGroup is its own (ProxyConfig, NATS Options, RedLockFactory, ConfigurationOptions).
    private static readonly NameSet s_libraryWord = new(
        "proxy", "gateway", "router", "factory", "options", "settings", "config", "configuration");

    /// <summary>
    /// True when the type, or a type it derives from, is named as something that sends traffic. A type that does not
    /// bind (a package the build cannot find) counts: the rule reports what it cannot clear.
    /// </summary>
    public static bool Sends(ITypeSymbol? type, ApplicationTypes application)
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
            if (NamesSender(current.Name, application, current))
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
    public static bool Sends(IOperation? call, ApplicationTypes application) => call switch
    {
        IObjectCreationOperation creation => Sends(creation.Type, application),
        IInvocationOperation { TargetMethod: var method } invocation => NamesSender(method.Name, application, method.ContainingType)
            || Sends(method.ContainingType, application)
            || Sends(invocation.Instance?.Type, application)
            || method is { IsExtensionMethod: true, Parameters.Length: > 0 } && Sends(method.Parameters[0].Type, application),
        _ => false,
    };

    /// <summary>
    /// True when the name has a word of <see cref="s_sendingWord"/>, or one of <see cref="s_libraryWord"/> and the
    /// type that declares it is not the application's own. The words are read first: most names have none.
    /// </summary>
    private static bool NamesSender(string name, ApplicationTypes application, ITypeSymbol? declaring)
    {
        var libraryWord = false;
        foreach (var word in IdentifierWords.Of(name))
        {
            if (s_sendingWord.Contains(word))
            {
                return true;
            }

            libraryWord |= s_libraryWord.Contains(word);
        }

        return libraryWord && !application.Contains(declaring);
    }
}
