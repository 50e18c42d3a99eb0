using System;
using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Analyzers.CodeFixes;

/// <summary>
/// SPOF003: gives an <c>HttpClient</c> a timeout (<c>{ Timeout = TimeSpan.FromSeconds(10) }</c>),
/// replaces an infinite one, or passes the <c>CancellationToken</c> in scope to a probe request.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddTimeoutCodeFix)), Shared]
public sealed class AddTimeoutCodeFix : SyntaxRewriteCodeFix
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.MissingTimeout);

    internal override (SyntaxNode Old, Func<SyntaxNode, SyntaxNode?> New)? Rewrite(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        switch (Kind(diagnostic))
        {
            case MissingTimeoutAnalyzer.KindCreation when node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation:
                return (creation, current => current is BaseObjectCreationExpressionSyntax rewritten ? AddTimeout(rewritten) : null);

            case MissingTimeoutAnalyzer.KindInfinite when node is ExpressionSyntax value:
                return (value, _ => SyntaxHelpers.TenSeconds());

            case MissingTimeoutAnalyzer.KindCall when Token(diagnostic) is { } token && node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } call:
                return (call, current => current is InvocationExpressionSyntax rewritten ? PassToken(rewritten, token) : null);

            default:
                return null;
        }
    }

    internal override string Title(Diagnostic diagnostic) => Kind(diagnostic) switch
    {
        MissingTimeoutAnalyzer.KindInfinite => CodeFixTexts.ReplaceInfiniteTimeout,
        MissingTimeoutAnalyzer.KindCall => string.Format(CultureInfo.InvariantCulture, CodeFixTexts.PassToken, Token(diagnostic)),
        _ => CodeFixTexts.AddTimeout,
    };

    // One key per kind, not per token name: Fix All passes each call the token in its own scope.
    internal override string EquivalenceKey(Diagnostic diagnostic) => nameof(AddTimeoutCodeFix) + Kind(diagnostic);

    private static string? Kind(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(MissingTimeoutAnalyzer.KindProperty, out var kind) ? kind : null;

    private static string? Token(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(MissingTimeoutAnalyzer.TokenProperty, out var token) ? token : null;

    /// <summary>
    /// Replaces a <c>CancellationToken.None</c> or <c>default</c> argument by the token, or adds it last: by
    /// name when the call names any argument, since a positional one after names out of order does not compile.
    /// </summary>
    private static InvocationExpressionSyntax PassToken(InvocationExpressionSyntax call, string token)
    {
        var tokenArgument = SyntaxFactory.Argument(SyntaxFactory.IdentifierName(token));
        foreach (var argument in call.ArgumentList.Arguments)
        {
            if (argument.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "None", Expression: var owner } && owner.ToString().EndsWith("CancellationToken", System.StringComparison.Ordinal)
                || argument.Expression.IsKind(SyntaxKind.DefaultLiteralExpression)
                || argument.Expression is DefaultExpressionSyntax { Type: var type } && type.ToString().EndsWith("CancellationToken", System.StringComparison.Ordinal))
            {
                return call.ReplaceNode(argument, tokenArgument.WithNameColon(argument.NameColon).WithTriviaFrom(argument));
            }
        }

        return call.AddArgumentListArguments(call.ArgumentList.Arguments.Any(a => a.NameColon is not null)
            ? tokenArgument.WithNameColon(SyntaxFactory.NameColon("cancellationToken"))
            : tokenArgument);
    }

    private static BaseObjectCreationExpressionSyntax AddTimeout(BaseObjectCreationExpressionSyntax creation)
    {
        var assignment = SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("Timeout"), SyntaxHelpers.TenSeconds());

        if (creation.Initializer is { } initializer && initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            return creation.WithInitializer(initializer.AddExpressions(assignment));
        }

        var newInitializer = SyntaxFactory.InitializerExpression(
            SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(assignment));
        return creation is ObjectCreationExpressionSyntax { ArgumentList: null } explicitCreation
            ? explicitCreation.WithType(explicitCreation.Type.WithoutTrailingTrivia()).WithArgumentList(SyntaxFactory.ArgumentList()).WithInitializer(newInitializer)
            : creation.WithInitializer(newInitializer);
    }
}
