using System;
using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Analyzers.CodeFixes;

/// <summary>
/// SPOF006, in an async method or lambda: <c>task.Result</c>, <c>task.Wait()</c> and
/// <c>task.GetAwaiter().GetResult()</c> become <c>await task</c>; <c>Thread.Sleep(x)</c> becomes
/// <c>await Task.Delay(x)</c>; <c>Task.WaitAll(a, b)</c> becomes <c>await Task.WhenAll(a, b)</c>.
/// The analyzer decides where that is safe (<see cref="BlockingWaitAnalyzer.CanAwaitProperty"/>): nowhere
/// the compiler forbids <c>await</c>, inside a lock, or where an <c>AggregateException</c> is caught.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AwaitInsteadOfBlockingCodeFix)), Shared]
public sealed class AwaitInsteadOfBlockingCodeFix : SyntaxRewriteCodeFix
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.BlockingWait);

    internal override (SyntaxNode Old, Func<SyntaxNode, SyntaxNode?> New)? Rewrite(SyntaxNode root, Diagnostic diagnostic)
    {
        // Only where the analyzer found that await compiles and keeps the meaning (BlockingWaitAnalyzer.CanAwait).
        if (!diagnostic.Properties.TryGetValue(BlockingWaitAnalyzer.CanAwaitProperty, out var canAwait) || canAwait != "true")
        {
            return null;
        }

        return root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression && Rewrite(expression) is not null
            ? (expression, current => current is ExpressionSyntax rewritten && Rewrite(rewritten) is { } replacement
                ? SyntaxHelpers.ParenthesizeFor(replacement, expression)
                : null)
            : null;
    }

    internal override string Title(Diagnostic diagnostic) => CodeFixTexts.UseAwait;

    internal override string EquivalenceKey(Diagnostic diagnostic) => nameof(AwaitInsteadOfBlockingCodeFix);

    private static ExpressionSyntax? Rewrite(ExpressionSyntax expression) => expression switch
    {
        // task.Result
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } result => Await(result.Expression),

        // task.GetAwaiter().GetResult()
        InvocationExpressionSyntax
        {
            Expression: MemberAccessExpressionSyntax
            {
                Name.Identifier.ValueText: "GetResult",
                Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter" } getAwaiter },
            },
        } => Await(getAwaiter.Expression),

        // task.Wait()  (Wait(timeout) returns a bool: no one-to-one rewrite)
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait" } wait, ArgumentList.Arguments.Count: 0 } => Await(wait.Expression),

        // Thread.Sleep(x) -> await Task.Delay(x);  Task.WaitAll(a, b) -> await Task.WhenAll(a, b)
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Sleep" } } sleep => Await(TaskCall("Delay", sleep.ArgumentList)),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WaitAll" } } waitAll => Await(TaskCall("WhenAll", waitAll.ArgumentList)),

        _ => null,
    };

    private static AwaitExpressionSyntax Await(ExpressionSyntax task) =>
        SyntaxFactory.AwaitExpression(task.WithoutTrivia());

    /// <summary>
    /// <c>Task.Delay(...)</c> or <c>Task.WhenAll(...)</c> with the arguments of the blocking call, without their
    /// names: <c>Thread.Sleep(millisecondsTimeout: 500)</c> names a parameter <c>Task.Delay</c> does not have.
    /// </summary>
    private static InvocationExpressionSyntax TaskCall(string method, ArgumentListSyntax arguments) =>
        SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxHelpers.Type("System.Threading.Tasks.Task"), SyntaxFactory.IdentifierName(method)),
            arguments.WithArguments(SyntaxFactory.SeparatedList(
                arguments.Arguments.Select(a => a.NameColon is null ? a : a.WithNameColon(null).WithLeadingTrivia(a.NameColon.GetLeadingTrivia())),
                arguments.Arguments.GetSeparators())));
}
