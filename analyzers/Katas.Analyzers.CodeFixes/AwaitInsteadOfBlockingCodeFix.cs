using System.Collections.Immutable;
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
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AwaitInsteadOfBlockingCodeFix)), Shared]
public sealed class AwaitInsteadOfBlockingCodeFix : SyntaxRewriteCodeFix
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.BlockingWait);

    internal override (SyntaxNode Old, SyntaxNode New)? Rewrite(SyntaxNode root, Diagnostic diagnostic)
    {
        // Only where await is allowed: an async method, lambda or local function, outside a lock.
        if (!diagnostic.Properties.TryGetValue(BlockingWaitAnalyzer.CanAwaitProperty, out var canAwait) || canAwait != "true")
        {
            return null;
        }

        return root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression && Rewrite(expression) is { } replacement
            ? (expression, SyntaxHelpers.ParenthesizeFor(replacement, expression))
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

    private static InvocationExpressionSyntax TaskCall(string method, ArgumentListSyntax arguments) =>
        SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxHelpers.Type("System.Threading.Tasks.Task"), SyntaxFactory.IdentifierName(method)),
            arguments);
}
