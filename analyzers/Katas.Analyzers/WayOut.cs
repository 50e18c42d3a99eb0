using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Analyzers;

/// <summary>
/// Whether a <c>try</c> runs on the way out of some work, and what the code stopped before it: SPOF005's clean-up
/// reads these. On the way out, the code ends its own background work (<c>_cts.Cancel()</c>, waiting a bounded time
/// for the loop to end, waiting for the loop it just cancelled); a failure there is the end of that work, not a
/// dependency's failure hidden: the work's failures were the loop's to report while it ran.
/// </summary>
internal readonly struct WayOut
{
    /// <summary>No way out: a lambda given to a retry, or a try in ordinary work.</summary>
    public static readonly WayOut None = new(onTheWayOut: false);

    private WayOut(bool onTheWayOut) => IsOnTheWayOut = onTheWayOut;

    /// <summary>
    /// In a member named for clean-up (<c>Dispose</c>, <c>StopAsync</c>, <c>LogoutInternalAsync</c>...), or in a catch
    /// that rethrows after the <c>try</c> (<c>catch { _cts.Cancel(); try { await _loop; } catch { } throw; }</c>: the
    /// failure caught is rethrown, only the wait for the cancelled loop is left quiet).
    /// </summary>
    public bool IsOnTheWayOut { get; }

    /// <summary>Where <paramref name="tryStatement"/> stands; <paramref name="inCleanUpMember"/> says whether its member is named for clean-up.</summary>
    public static WayOut Of(TryStatementSyntax tryStatement, bool inCleanUpMember) =>
        new(inCleanUpMember || RethrowsAfter(tryStatement));

    /// <summary>
    /// <c>_cts.Cancel()</c>, <c>Cancel(false)</c>, <c>CancelAsync()</c>: a cancellation's callbacks may throw, and on the
    /// way out that is the end of the work they belonged to.
    /// </summary>
    public static bool IsCancel(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Cancel" or "CancelAsync" }
            or MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Cancel" or "CancelAsync" };

    /// <summary>
    /// On the way out, an <c>await</c> that waits for background work to end: a bounded wait
    /// (<c>await _loop.WaitAsync(TimeSpan.FromSeconds(5))</c>, <c>.WaitAsync(token)</c>), or the task itself once the
    /// code has cancelled (<c>_cts.Cancel(); ... await _loop;</c>): the loop ends by throwing its cancellation, or the
    /// failure it stopped on, which it had to report while it ran. <c>await _loop;</c> with no cancel before is
    /// other work: the loop may still be talking to a server.
    /// </summary>
    public bool WaitsForTheEnd(ExpressionSyntax expression)
    {
        if (!IsOnTheWayOut || expression is not AwaitExpressionSyntax { Expression: var awaited } awaiting)
        {
            return false;
        }

        awaited = WithoutConfigureAwait(awaited);
        if (awaited is InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WaitAsync", Expression: var task },
                ArgumentList.Arguments.Count: > 0,
            })
        {
            return IsPlainReference(task);
        }

        return IsPlainReference(awaited) && CancelledJustBefore(awaiting);
    }

    /// <summary>
    /// A cancel (<c>_cts.Cancel();</c>, or behind an <c>if</c> or in a <c>try</c>: <c>try { _cts.Cancel(); } catch { }</c>) among
    /// the statements before <paramref name="node"/> in its block or in a block around it, within its function: the
    /// code stopped the work it then waits for. A cancel in another branch (an earlier catch) does not count.
    /// </summary>
    private static bool CancelledJustBefore(SyntaxNode node)
    {
        for (var child = node; child.Parent is { } parent && !IsFunction(child) && child is not MemberDeclarationSyntax; child = parent)
        {
            if (parent is BlockSyntax block && block.Statements.TakeWhile(s => s != child).Any(Cancels))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Cancels(StatementSyntax statement) => statement switch
    {
        ExpressionStatementSyntax { Expression: var expression } => Unwrapped(expression) is InvocationExpressionSyntax call && IsCancel(call),
        IfStatementSyntax { Else: null, Statement: var then } => Cancels(then),
        BlockSyntax block => block.Statements.Any(Cancels),
        TryStatementSyntax { Block: var body } => Cancels(body),
        _ => false,
    };

    /// <summary>The call under <c>await</c>, <c>?.</c> and <c>.ConfigureAwait(...)</c>: <c>await _cts.CancelAsync().ConfigureAwait(false)</c>.</summary>
    private static ExpressionSyntax Unwrapped(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case AwaitExpressionSyntax { Expression: var awaited }:
                    expression = WithoutConfigureAwait(awaited);
                    break;
                case ConditionalAccessExpressionSyntax { WhenNotNull: var call }:
                    expression = call;
                    break;
                default:
                    return expression;
            }
        }
    }

    private static ExpressionSyntax WithoutConfigureAwait(ExpressionSyntax expression)
    {
        while (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Expression: var configured } })
        {
            expression = configured;
        }

        return expression is ParenthesizedExpressionSyntax { Expression: var inner } ? WithoutConfigureAwait(inner) : expression;
    }

    /// <summary>A local, a field or a member read: <c>_loop</c>, <c>this.receiveTask</c>, <c>state.Loop</c>.</summary>
    private static bool IsPlainReference(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax or ThisExpressionSyntax => true,
        PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression, Operand: var operand } => IsPlainReference(operand),
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } member => IsPlainReference(member.Expression),
        _ => false,
    };

    /// <summary>
    /// The nearest catch around <paramref name="tryStatement"/> (within its function) has a <c>throw;</c> among its
    /// own statements after it.
    /// </summary>
    private static bool RethrowsAfter(TryStatementSyntax tryStatement)
    {
        foreach (var ancestor in tryStatement.Ancestors())
        {
            if (IsFunction(ancestor) || ancestor is MemberDeclarationSyntax)
            {
                return false;
            }

            if (ancestor is CatchClauseSyntax { Block.Statements: var statements })
            {
                return statements.Any(s => s is ThrowStatementSyntax { Expression: null } && s.SpanStart > tryStatement.Span.End);
            }
        }

        return false;
    }

    private static bool IsFunction(SyntaxNode node) => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;
}
