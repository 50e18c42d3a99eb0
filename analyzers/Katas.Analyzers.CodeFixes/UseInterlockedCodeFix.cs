using System;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Analyzers.CodeFixes;

/// <summary>
/// SPOF004: replaces <c>_next++</c> with <c>Interlocked.Increment(ref _next)</c> (keeping the old value
/// where it is used, masked so a wrapped counter never gives a negative index:
/// <c>((Interlocked.Increment(ref _next) - 1) &amp; int.MaxValue)</c>), <c>--</c> with Decrement, and
/// <c>_next += n</c> with <c>Interlocked.Add(ref _next, n)</c>. <c>_next = (_next + 1) % n</c> has no
/// one-line atomic form and is left to the student.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseInterlockedCodeFix)), Shared]
public sealed class UseInterlockedCodeFix : SyntaxRewriteCodeFix
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.NonAtomicRotationCounter);

    internal override (SyntaxNode Old, Func<SyntaxNode, SyntaxNode?> New)? Rewrite(SyntaxNode root, Diagnostic diagnostic)
    {
        // var b = _backends[_next % n]; _next++;  An atomic step would not make the read before it atomic
        // too: the analyzer marks such a counter, and the warning stays without a fix.
        if (diagnostic.Properties.TryGetValue(NonAtomicCounterAnalyzer.ReadElsewhereProperty, out var readElsewhere) && readElsewhere == "true")
        {
            return null;
        }

        diagnostic.Properties.TryGetValue(NonAtomicCounterAnalyzer.CounterTypeProperty, out var counterType);
        return root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression && Rewrite(expression, counterType) is { } replacement
            ? (expression, _ => replacement)
            : null;
    }

    internal override string Title(Diagnostic diagnostic) => CodeFixTexts.UseInterlocked;

    internal override string EquivalenceKey(Diagnostic diagnostic) => nameof(UseInterlockedCodeFix);

    /// <param name="counterType">Int32 or Int64: a value that is used gets YARP's mask, so that it never turns
    /// negative when the counter wraps past its maximum (a negative index would throw).</param>
    private static ExpressionSyntax? Rewrite(ExpressionSyntax expression, string? counterType)
    {
        var isStatement = expression.Parent is ExpressionStatementSyntax;
        switch (expression)
        {
            case PostfixUnaryExpressionSyntax postfix:
                var increment = postfix.IsKind(SyntaxKind.PostIncrementExpression);
                var call = Interlocked(increment ? "Increment" : "Decrement", postfix.Operand);
                if (isStatement)
                {
                    return call;
                }

                // x++ is the value before the step; Interlocked returns the value after it.
                var before = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.BinaryExpression(
                    increment ? SyntaxKind.SubtractExpression : SyntaxKind.AddExpression,
                    call,
                    SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1))));
                return SyntaxHelpers.ParenthesizeFor(NonNegative(before, counterType), expression);

            case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression):
                var after = Interlocked(prefix.IsKind(SyntaxKind.PreIncrementExpression) ? "Increment" : "Decrement", prefix.Operand);
                return isStatement ? after : SyntaxHelpers.ParenthesizeFor(NonNegative(after, counterType), expression);

            case AssignmentExpressionSyntax add when add.IsKind(SyntaxKind.AddAssignmentExpression):
                return Interlocked("Add", add.Left, add.Right);

            // -(n) of a uint or ulong is a long, or does not compile: an unsigned counter stepped back has no fix.
            case AssignmentExpressionSyntax subtract when subtract.IsKind(SyntaxKind.SubtractAssignmentExpression) && counterType is not ("UInt32" or "UInt64"):
                return Interlocked("Add", subtract.Left, SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, SyntaxFactory.ParenthesizedExpression(subtract.Right)));

            default:
                return null;
        }
    }

    /// <summary><c>value &amp; int.MaxValue</c> for a signed counter (YARP's round-robin), the value itself otherwise.</summary>
    private static ExpressionSyntax NonNegative(ExpressionSyntax value, string? counterType)
    {
        var keyword = counterType switch
        {
            "Int32" => SyntaxKind.IntKeyword,
            "Int64" => SyntaxKind.LongKeyword,
            _ => SyntaxKind.None,
        };

        if (keyword == SyntaxKind.None)
        {
            return value is ParenthesizedExpressionSyntax { Expression: var inner } ? inner : value;
        }

        var maximum = SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.PredefinedType(SyntaxFactory.Token(keyword)), SyntaxFactory.IdentifierName("MaxValue"));
        return SyntaxFactory.BinaryExpression(SyntaxKind.BitwiseAndExpression, value, maximum);
    }

    private static InvocationExpressionSyntax Interlocked(string method, ExpressionSyntax field, ExpressionSyntax? value = null)
    {
        var arguments = SyntaxFactory.SeparatedList(new[]
        {
            SyntaxFactory.Argument(null, SyntaxFactory.Token(SyntaxKind.RefKeyword), field.WithoutTrivia()),
        });
        if (value is not null)
        {
            arguments = arguments.Add(SyntaxFactory.Argument(value.WithoutTrivia()));
        }

        return SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxHelpers.Type("System.Threading.Interlocked"), SyntaxFactory.IdentifierName(method)),
            SyntaxFactory.ArgumentList(arguments));
    }
}
