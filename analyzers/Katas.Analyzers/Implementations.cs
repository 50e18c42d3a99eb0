using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Katas.Analyzers;

/// <summary>
/// The methods of a compilation's own types that implement an interface method or override an abstract or virtual one:
/// what a call through the abstraction may run. Only the compilation's source is searched (a library's other
/// implementations are out of sight, as they are to the compiler), and only when asked: it walks every type.
/// </summary>
internal static class Implementations
{
    /// <summary>The implementations and overrides of <paramref name="method"/> (its original definition) in <paramref name="compilation"/>.</summary>
    public static List<IMethodSymbol> Of(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new List<IMethodSymbol>();
        var declaring = method.ContainingType.OriginalDefinition;
        var types = new Stack<INamespaceOrTypeSymbol>();
        types.Push(compilation.Assembly.GlobalNamespace);
        while (types.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = types.Pop();
            foreach (var member in current.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol inner)
                {
                    types.Push(inner);
                }
            }

            if (current is INamedTypeSymbol type && Implementation(type, declaring, method) is { } implementation && !found.Contains(implementation))
            {
                found.Add(implementation);
            }
        }

        return found;
    }

    private static IMethodSymbol? Implementation(INamedTypeSymbol type, INamedTypeSymbol declaring, IMethodSymbol method)
    {
        if (declaring.TypeKind == TypeKind.Interface)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, declaring))
                {
                    // Declared here or inherited from a base class; an abstract one is followed to its overrides in turn.
                    foreach (var candidate in implemented.GetMembers(method.Name))
                    {
                        if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, method.OriginalDefinition))
                        {
                            return (type.FindImplementationForInterfaceMember(candidate) as IMethodSymbol)?.OriginalDefinition;
                        }
                    }
                }
            }

            return null;
        }

        foreach (var member in type.GetMembers(method.Name))
        {
            for (var overridden = (member as IMethodSymbol)?.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method.OriginalDefinition))
                {
                    return ((IMethodSymbol)member).OriginalDefinition;
                }
            }
        }

        return null;
    }
}
