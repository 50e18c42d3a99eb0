using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Analyzers;

/// <summary>
/// SPOF006: a wait that an async <c>Main</c>, or top-level statements with <c>await</c>, makes before its first
/// <c>await</c>. Until that await the method runs on the process's main thread, which serves nothing else: a console
/// tool that reads its settings with <c>.Result</c>, a host that waits for its database before it starts to serve. After
/// it the method goes on on a pool thread, and a wait there holds one (the wait is reported).
/// </summary>
internal static class MainThreadWaits
{
    public static bool RunsBeforeFirstAwait(SyntaxNode wait, ISymbol? containingSymbol)
    {
        if (containingSymbol is not IMethodSymbol { IsStatic: true, IsAsync: true, Name: "Main" or "<Main>$" })
        {
            return false;
        }

        for (var node = wait.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                // A lambda or local function runs whenever it is called, perhaps on the pool.
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return false;

                // The second time round a loop that awaits comes after an await.
                case WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax
                    when Awaits(node, wait, node.Span.End):
                    return false;

                case MethodDeclarationSyntax or CompilationUnitSyntax:
                    return !Awaits(node, wait, wait.SpanStart);
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="scope"/>, outside its lambdas, local functions and types, has an <c>await</c> (also
    /// <c>await foreach</c> and <c>await using</c>) that starts before <paramref name="before"/> and does not hold the
    /// wait: <c>await SendAsync(settings.Result)</c> reads the result before it awaits.
    /// </summary>
    private static bool Awaits(SyntaxNode scope, SyntaxNode wait, int before)
    {
        foreach (var token in scope.DescendantTokens(node => node == scope || node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseTypeDeclarationSyntax)))
        {
            if (token.SpanStart >= before)
            {
                return false;
            }

            if (token.IsKind(SyntaxKind.AwaitKeyword) && !(token.Parent is AwaitExpressionSyntax awaited && awaited.Span.Contains(wait.Span)))
            {
                return true;
            }
        }

        return false;
    }
}
