using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Katas.Analyzers;

/// <summary>
/// One semantic model per syntax tree, for a rule that reads code outside the operation it was called for (a helper a
/// link is handed to, the callers of a private method) only once it is about to report, and then often in the same
/// few trees.
/// </summary>
internal sealed class SemanticModels(Compilation compilation)
{
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();

    /// <summary>The model of <paramref name="tree"/>, or null when the tree is not part of the compilation.</summary>
    public SemanticModel? For(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model))
        {
            if (!compilation.ContainsSyntaxTree(tree))
            {
                return null;
            }

#pragma warning disable RS1030 // The tree is another member's, which no analysis context gives a model for.
            model = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            _models[tree] = model;
        }

        return model;
    }
}
