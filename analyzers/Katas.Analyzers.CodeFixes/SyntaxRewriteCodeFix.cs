using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Katas.Analyzers.CodeFixes;

/// <summary>
/// A code fix that replaces one syntax node per diagnostic. Fix All applies every replacement of a
/// document in one edit, so the using directive they all need is added once, not in conflicting copies.
/// A replacement is built from the node as the other replacements left it, so that nested waits
/// (<c>a.Result.Content.ReadAsStringAsync().Result</c>) are all rewritten, the inner ones inside the outer.
/// </summary>
public abstract class SyntaxRewriteCodeFix : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => new FixAll(this);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Rewrite(root, diagnostic) is { } edit)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title(diagnostic), c => ApplyAsync(context.Document, [edit], c), EquivalenceKey(diagnostic)),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// The node to replace and how to rewrite it, or null when this diagnostic has no fix. <c>New</c> gets
    /// the node with the replacements inside it already made (the node itself when there are none).
    /// </summary>
    internal abstract (SyntaxNode Old, Func<SyntaxNode, SyntaxNode?> New)? Rewrite(SyntaxNode root, Diagnostic diagnostic);

    internal abstract string Title(Diagnostic diagnostic);

    /// <summary>Diagnostics with the same key are fixed together by Fix All.</summary>
    internal abstract string EquivalenceKey(Diagnostic diagnostic);

    private static async Task<Document> ApplyAsync(Document document, IReadOnlyList<(SyntaxNode Old, Func<SyntaxNode, SyntaxNode?> New)> edits, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacements = edits.ToDictionary(e => e.Old, e => e.New);
        var changed = document.WithSyntaxRoot(root!.ReplaceNodes(replacements.Keys, (original, current) => (replacements[original](current) ?? current).WithTriviaFrom(original)));

        // Names built fully qualified (SyntaxHelpers.Type) get their using directive here; the code
        // action's clean-up then shortens them.
        return await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private sealed class FixAll(SyntaxRewriteCodeFix fix) : DocumentBasedFixAllProvider
    {
        protected override async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var edits = diagnostics
                .Where(d => fix.EquivalenceKey(d) == context.CodeActionEquivalenceKey)
                .Select(d => fix.Rewrite(root, d))
                .OfType<(SyntaxNode Old, Func<SyntaxNode, SyntaxNode?> New)>()
                .GroupBy(e => e.Old)
                .Select(g => g.First())
                .ToArray();
            return edits.Length == 0 ? document : await ApplyAsync(document, edits, context.CancellationToken).ConfigureAwait(false);
        }
    }
}
