using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// A pool of one whose settings send every connection through an address resolver (SPOF002): the RabbitMQ Streams
/// client's <c>new StreamSystemConfig { AddressResolver = resolver, Endpoints = new List&lt;EndPoint&gt; { resolver.EndPoint } }</c>,
/// its documented setup for a cluster behind a load balancer. The one member is the load balancer, which spreads the
/// connections over the nodes behind it: one address is the right count there, as one Kubernetes Service name is.
/// The same endpoints list without the resolver is the client's list of nodes, and one node there is still reported.
/// </summary>
internal static class LoadBalancerAddress
{
    /// <summary>
    /// True when the one-element collection is a member's value in an object initializer that also gives a member
    /// named like an address resolver (<c>AddressResolver</c>, <c>ClusterAddressResolver</c>) a value other than
    /// <c>null</c>. Read from the initializer alone: the settings type need not bind.
    /// </summary>
    public static bool IsBesideAnAddressResolver(IOperation value)
    {
        var initializer = value.Parent switch
        {
            // Endpoints = new List<EndPoint> { resolver.EndPoint }, with the conversions the compiler adds.
            IConversionOperation { IsImplicit: true, Parent: ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation outer } } => outer,
            ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation outer } => outer,

            // Endpoints = { resolver.EndPoint }: the member's own collection, filled in place.
            IMemberInitializerOperation { Parent: IObjectOrCollectionInitializerOperation outer } => outer,
            _ => null,
        };

        if (initializer is null)
        {
            return false;
        }

        foreach (var sibling in initializer.Initializers)
        {
            if (sibling is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Member.Name: var name }, Value: var resolver }
                && IsAddressResolverName(name)
                && ImplicitConversions.Unwrap(resolver) is not ILiteralOperation { ConstantValue: { HasValue: true, Value: null } })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAddressResolverName(string name)
    {
        var words = IdentifierWords.Of(name);
        return words.Count >= 2
            && string.Equals(words[words.Count - 2], "address", StringComparison.OrdinalIgnoreCase)
            && string.Equals(words[words.Count - 1], "resolver", StringComparison.OrdinalIgnoreCase);
    }
}
