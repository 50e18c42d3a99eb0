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

    /// <summary>
    /// Wraps an expression in parentheses unless it stands where any expression stands alone (a statement,
    /// an argument, the right of an assignment...). A bare <c>await</c> or subtraction would bind wrongly in
    /// most other places: <c>x.Result!.Name</c> must become <c>(await x)!.Name</c>, not <c>await x!.Name</c>.
    /// </summary>
    public static ExpressionSyntax ParenthesizeFor(ExpressionSyntax replacement, SyntaxNode original) =>
        StandsAlone(original)
            ? replacement
            : SyntaxFactory.ParenthesizedExpression(replacement);

    private static bool StandsAlone(SyntaxNode original) => original.Parent switch
    {
        ExpressionStatementSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax
            or ArgumentSyntax or InterpolationSyntax or ParenthesizedExpressionSyntax or ThrowStatementSyntax
            or YieldStatementSyntax or ExpressionElementSyntax or InitializerExpressionSyntax
            or AnonymousObjectMemberDeclaratorSyntax or SwitchExpressionArmSyntax => true,
        AssignmentExpressionSyntax assignment => assignment.Right == original,
        ConditionalExpressionSyntax conditional => conditional.WhenTrue == original || conditional.WhenFalse == original,
        _ => false,
    };
}
