using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Katas.Analyzers.CodeFixes;

internal static class SyntaxHelpers
{
    /// <summary>A fully qualified type name; the code action adds the using directive and shortens it.</summary>
    public static ExpressionSyntax Type(string fullName) =>
        SyntaxFactory.ParseName("global::" + fullName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary><c>global::System.TimeSpan.FromSeconds(10)</c>, shortened where possible.</summary>
    public static ExpressionSyntax TenSeconds() =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Type("System.TimeSpan"), SyntaxFactory.IdentifierName("FromSeconds")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                    SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(10))))))
            .WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>Wraps an expression in parentheses when it sits where a bare await or subtraction would bind wrongly.</summary>
    public static ExpressionSyntax ParenthesizeFor(ExpressionSyntax replacement, SyntaxNode original) =>
        original.Parent is MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or InvocationExpressionSyntax
            or ConditionalAccessExpressionSyntax or BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or CastExpressionSyntax
            ? SyntaxFactory.ParenthesizedExpression(replacement)
            : replacement;
}
