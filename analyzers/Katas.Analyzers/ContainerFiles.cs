using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// A path handed to a container library (Testcontainers, Docker.DotNet): a file inside a container, read from it
/// (<c>container.ReadFileAsync("/etc/rancher/k3s/k3s.yaml")</c>) or mapped into it
/// (<c>WithResourceMapping(source, new FileInfo("/opt/bin/config.toml"))</c>). The image holds it, the same for every
/// container started from it; it is not a file on this machine's disk that could drift.
/// </summary>
internal static class ContainerFiles
{
    /// <summary>
    /// The type called or created, or the call the value is an argument of (<c>new FileInfo(path)</c> given to
    /// <c>WithResourceMapping</c>), belongs to a container library.
    /// </summary>
    public static bool Holds(ITypeSymbol? type, IArgumentOperation argument)
    {
        if (IsContainerLibrary(type))
        {
            return true;
        }

        // From the path's own call or new up to the call it is handed to, through conversions.
        var holder = argument.Parent;
        while (holder?.Parent is IConversionOperation or IArgumentOperation)
        {
            holder = holder.Parent;
        }

        return holder?.Parent switch
        {
            IInvocationOperation invocation => IsContainerLibrary(invocation.TargetMethod.ContainingType),
            IObjectCreationOperation creation => IsContainerLibrary(creation.Type),
            _ => false,
        };
    }

    private static bool IsContainerLibrary(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (RootOf(current.ContainingNamespace) is var (root, next)
                && (root == "Testcontainers" || root == "DotNet" && next == "Testcontainers" || root == "Docker" && next == "DotNet"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first two names of a namespace: <c>DotNet</c>, <c>Testcontainers</c> of <c>DotNet.Testcontainers.Builders</c>.</summary>
    private static (string Root, string? Next)? RootOf(INamespaceSymbol? space)
    {
        string? next = null;
        for (; space is { IsGlobalNamespace: false }; space = space.ContainingNamespace)
        {
            if (space.ContainingNamespace is { IsGlobalNamespace: true })
            {
                return (space.Name, next);
            }

            next = space.Name;
        }

        return null;
    }
}
