using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Analyzers;

/// <summary>
/// The one element of a pool of one was made from a member the method was given (SPOF002): a parameter whose type is
/// named as one member of a pool (<c>CacheEndpoint endpoint</c>, <c>ConsistentHashNode node</c>,
/// <c>ServerInstance instance</c>), used directly or through locals made from it
/// (<c>var point = $"{endpoint.Host}:{endpoint.Port}"; ... EndPoints = { point }</c>). Such a method does one member's
/// work, a client or a connection test for the node of a consistent-hash ring it was handed; how many members there
/// are is the caller's collection, judged where it is written. A host name given as a string, or a configuration
/// object, is not a member of a pool by its type, and a collection of one made from it is still read.
/// </summary>
internal static class GivenMember
{
    // Last words of a type's name that say one of it is one member of a pool.
    private static readonly NameSet s_memberWord = new(
        "endpoint", "node", "server", "host", "instance", "peer", "member", "replica", "backend", "destination", "upstream");

    // Locals are followed this many steps back from the element: the shape is a local or two, not a data flow.
    private const int MaxSteps = 3;

    public static bool Is(SyntaxNode element, SemanticModel? model, CancellationToken cancellationToken) =>
        model is not null && Traces(element, model, 0, cancellationToken);

    private static bool Traces(SyntaxNode node, SemanticModel model, int steps, CancellationToken cancellationToken)
    {
        foreach (var identifier in node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            switch (model.GetSymbolInfo(identifier, cancellationToken).Symbol)
            {
                case IParameterSymbol parameter when NamesOneMember(parameter.Type):
                    return true;
                case ILocalSymbol local when steps < MaxSteps
                    && local.DeclaringSyntaxReferences is { Length: 1 } declarations
                    && declarations[0].SyntaxTree == node.SyntaxTree
                    && declarations[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
                    && Traces(initializer, model, steps + 1, cancellationToken):
                    return true;
            }
        }

        return false;
    }

    private static bool NamesOneMember(ITypeSymbol type) =>
        type.SpecialType == SpecialType.None && type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
        && IdentifierWords.Of(type.Name) is { Count: > 0 } words && s_memberWord.Contains(words[words.Count - 1]);
}
