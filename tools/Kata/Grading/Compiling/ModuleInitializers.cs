using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Tool.Grading.Compiling;

/// <summary>Takes <c>[ModuleInitializer]</c> off the student's methods, however the attribute is named or aliased.</summary>
internal static class ModuleInitializers
{
    private const string AttributeName = "System.Runtime.CompilerServices.ModuleInitializerAttribute";

    /// <returns>The same array when there is nothing to strip; otherwise new trees without the attributes.</returns>
    public static SyntaxTree[] Strip(CSharpCompilation compilation, SyntaxTree[] trees, CancellationToken cancellationToken)
    {
        var attributeType = compilation.GetTypeByMetadataName(AttributeName);
        if (attributeType is null)
        {
            return trees;
        }

        var changed = false;
        var result = new SyntaxTree[trees.Length];
        for (var i = 0; i < trees.Length; i++)
        {
            var model = compilation.GetSemanticModel(trees[i]);
            var root = trees[i].GetRoot(cancellationToken);
            var initializers = root.DescendantNodes().OfType<AttributeSyntax>()
                .Where(a => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(a, cancellationToken).Symbol?.ContainingType, attributeType))
                .ToArray();
            if (initializers.Length == 0)
            {
                result[i] = trees[i];
                continue;
            }

            changed = true;
            var newRoot = new Remover([.. initializers]).Visit(root);
            result[i] = trees[i].WithRootAndOptions(newRoot, trees[i].Options);
        }

        return changed ? result : trees;
    }

    private sealed class Remover(HashSet<AttributeSyntax> initializers) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitAttributeList(AttributeListSyntax node)
        {
            var kept = node.Attributes.Where(a => !initializers.Contains(a)).ToArray();
            return kept.Length == 0 ? null : node.WithAttributes(SyntaxFactory.SeparatedList(kept));
        }
    }
}
