using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Katas.Analyzers;

/// <summary>
/// The types of the application being built, told by namespace: those under the first word of its assembly's name
/// (<c>Ombi.Core.Settings.PlexSettings</c> for the assembly <c>Ombi</c>, <c>Opserver.Data.HAProxy.HAProxyGroup</c> for
/// <c>Opserver.Core</c>). A namespace reads the same whether the type is compiled with the project, comes from another
/// project of the same solution as an assembly, or is read from sources without a build; a library's types live
/// under its own name (<c>MongoDB.Driver</c>, <c>NATS.Client</c>, <c>StackExchange.Redis</c>). A type in the global
/// namespace cannot be told and is not counted as the application's.
/// </summary>
/// <remarks>
/// A sample or an example (<c>StackExchange.Redis.Samples.Web.Mvc</c>, <c>Serilog.Sinks.RabbitMq.Sample</c>) has no
/// types of its own in this sense: it shows how to use the library it ships with, whose types are a library's to it
/// however their namespace is named, and it is the code its readers copy.
/// </remarks>
internal sealed class ApplicationTypes
{
    private static readonly NameSet s_sampleWord = new("sample", "samples", "example", "examples", "demo", "demos");

    private readonly string? _root;

    public ApplicationTypes(Compilation compilation)
    {
        var name = compilation.AssemblyName;
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        var parts = name!.Split('.');
        if (!parts.Any(s_sampleWord.Contains))
        {
            _root = parts[0];
        }
    }

    public bool Contains(ITypeSymbol? type)
    {
        if (_root is null || type is null)
        {
            return false;
        }

        INamespaceSymbol? outermost = null;
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            outermost = ns;
        }

        return outermost is not null && string.Equals(outermost.Name, _root, StringComparison.Ordinal);
    }
}
