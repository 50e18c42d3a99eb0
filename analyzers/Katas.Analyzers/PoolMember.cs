using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Analyzers;

/// <summary>
/// What the one element of a one-element pool is (SPOF002). A pool of one is a single point of failure when its
/// member is a server that can fail while the code using the pool goes on: something that names a place traffic
/// goes to. Three kinds of one element are not that, and are told apart by the element alone, not by the name of
/// the pool: a group that holds the members itself, a record that carries no address, and this process.
/// </summary>
internal static class PoolMember
{
    // Words of a member's name that say it holds where traffic goes: Address, BaseUrl, HostName, Endpoint, Port.
    private static readonly NameSet s_addressWord = new("address", "url", "uri", "host", "endpoint", "port", "ip", "dns");

    // First words of a name that say it is the process itself: MyAddress, localSilo, selfEndpoint, OwnNode.
    private static readonly NameSet s_selfWord = new("my", "self", "local", "own");

    // First words of a type's name that say it holds one member by design: SingleNodeConnectionPool, StandaloneCluster.
    private static readonly NameSet s_oneByDesignWord = new("single", "standalone");

    /// <summary>
    /// False when the element cannot be a server of its own in a pool: <see cref="IsThisProcess"/>,
    /// <see cref="IsGroup"/> or not <see cref="CarriesAddress"/>. True when the rule cannot tell (a type that does not
    /// bind): the rule reports what it cannot clear.
    /// </summary>
    public static bool CouldBeAServer(SyntaxNode element, SemanticModel? model, NameSet poolNames)
    {
        if (IsThisProcess(element, model) || IsNoName(element, model))
        {
            return false;
        }

        var type = model?.GetTypeInfo(element).Type;
        return type is null || (!IsGroup(type, poolNames) && CarriesAddress(type));
    }

    /// <summary>
    /// The process that uses the pool (<c>DirectoryMembership.Create([MyAddress])</c>, a ring that starts with the
    /// local silo until the cluster's membership replaces it; <c>[this]</c>; <c>[Dns.GetHostName()]</c>). A pool
    /// whose only member is the process itself fails only together with that process: it adds no single point of
    /// failure, it says the process is alone so far.
    /// </summary>
    private static bool IsThisProcess(SyntaxNode element, SemanticModel? model)
    {
        switch (element)
        {
            case ThisExpressionSyntax:
                return true;
            case InvocationExpressionSyntax or MemberAccessExpressionSyntax when model?.GetSymbolInfo(element).Symbol is { } symbol
                && symbol.ContainingType is { Name: "Dns" or "Environment", ContainingNamespace: { } ns }
                && symbol.Name is "GetHostName" or "MachineName"
                && ns.ToDisplayString() is "System" or "System.Net":
                return true;
        }

        var name = element switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or IdentifierNameSyntax, Name: var member } => member.Identifier.ValueText,
            _ => null,
        };

        return name is not null && IdentifierWords.Of(name) is { Count: > 0 } words && s_selfWord.Contains(words[0]);
    }

    /// <summary>
    /// A constant string with no letter or digit (<c>"*"</c>, a wildcard over instance names): no host is called that.
    /// </summary>
    private static bool IsNoName(SyntaxNode element, SemanticModel? model)
    {
        if (model?.GetConstantValue(element) is not { HasValue: true, Value: string text })
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True inside a type whose name says it holds one member by design (<c>SingleNodeConnectionPool</c>,
    /// <c>SingleNodeProvider</c>, <c>StandaloneCluster</c>): it is the choice a caller makes when one is enough, and the
    /// rule judges that choice where the caller makes it.
    /// </summary>
    public static bool IsInOneByDesignType(ISymbol? containing)
    {
        for (var type = containing as INamedTypeSymbol ?? containing?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (IdentifierWords.Of(type.Name) is { Count: > 0 } words && s_oneByDesignWord.Contains(words[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A group of members rather than a member: its type holds a collection named like a pool (Envoy's
    /// <c>Endpoints = [new LocalityLbEndpoints { LbEndpoints = [...] }]</c>, a locality or a zone). How many servers
    /// there are is the group's own collection, which the rule judges where it is written.
    /// </summary>
    private static bool IsGroup(ITypeSymbol type, NameSet poolNames) =>
        InstanceMembers(type).Any(member => member.Type is { SpecialType: not SpecialType.System_String } memberType
            && IsCollection(memberType)
            && IdentifierWords.Of(member.Name) is { Count: > 0 } words
            && poolNames.Contains(words[words.Count - 1]));

    /// <summary>
    /// True when the element is, or carries, a place traffic can go to: a string (a host name, an address), a
    /// <c>Uri</c>, an <c>EndPoint</c> or an <c>IPAddress</c>; or a type with a member or a constructor parameter of
    /// such a type, or of a name that says so (<c>Address</c>, <c>BaseUrl</c>, <c>Host</c>, <c>Port</c>). A record of
    /// a started process (<c>DcpInstance(string Name, string Suffix, int Index)</c>) or a number carries none: a
    /// list of one of those is bookkeeping, not a pool to send traffic to.
    /// </summary>
    private static bool CarriesAddress(ITypeSymbol type)
    {
        if (IsAddress(type) || type.TypeKind is TypeKind.Error or TypeKind.TypeParameter or TypeKind.Dynamic
            || type.SpecialType == SpecialType.System_Object)
        {
            return true;
        }

        if (type.SpecialType != SpecialType.None || type is not INamedTypeSymbol named)
        {
            return false;
        }

        return InstanceMembers(named).Any(member => SaysAddress(member.Name, member.Type))
            || named.InstanceConstructors.Any(constructor => constructor.Parameters.Any(parameter => SaysAddress(parameter.Name, parameter.Type)));
    }

    private static bool SaysAddress(string name, ITypeSymbol? type) =>
        type is not null && (IsAddress(type) && type.SpecialType != SpecialType.System_String || IdentifierWords.Of(name).Any(s_addressWord.Contains));

    private static bool IsAddress(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "Uri" or "EndPoint" or "IPAddress", ContainingNamespace: { } ns } && ns.ToDisplayString() is "System" or "System.Net")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The instance fields and properties a type declares or inherits, and an interface's own.</summary>
    private static IEnumerable<(string Name, ITypeSymbol? Type)> InstanceMembers(ITypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared)
                {
                    continue;
                }

                switch (member)
                {
                    case IPropertySymbol property:
                        yield return (property.Name, property.Type);
                        break;
                    case IFieldSymbol field:
                        yield return (field.Name.TrimStart('_'), field.Type);
                        break;
                }
            }
        }
    }

    /// <summary>An array or an <c>IEnumerable&lt;T&gt;</c> (a string too: callers that mean otherwise say so).</summary>
    internal static bool IsCollection(ITypeSymbol type) =>
        type is IArrayTypeSymbol
        || type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
        || type.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
}
