using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF006: the game loop of a Windows Forms application, run in the UI thread's idle time:
/// <c>Application.Idle += OnIdle;</c> and <c>void OnIdle(...) { while (AppStillIdle) { Update(); Thread.Sleep(1); } }</c>.
/// WinForms raises <c>Idle</c> only when the UI thread's message queue is empty, and a loop that runs while the
/// application is still idle (a <c>PeekMessage</c> that finds nothing) ends as soon as a window message arrives: its
/// sleep delays the windows by one interval at most and holds no thread-pool thread. A sleeping loop in a click
/// handler holds the windows until it ends, and is still reported.
/// </summary>
/// <remarks>
/// Both halves are needed. The loop the sleep is in (the innermost one) must be a <c>while</c> or <c>do</c> whose
/// condition names an idle check (a word "Idle" in an identifier: <c>AppStillIdle</c>, <c>IsApplicationIdle()</c>);
/// another loop inside it does not give the UI thread back. And the method (or lambda) must be an
/// <c>Application.Idle</c> handler and nothing else: every use of its name in the outermost type around it is a
/// subscription to <c>Application.Idle</c> (<c>+= OnIdle</c>, <c>+= new EventHandler(OnIdle)</c>) or its removal.
/// On a pool thread an idle check finds the pool thread's own empty queue, and the loop never ends.
/// </remarks>
internal static class IdleLoops
{
    public static bool IsIdleLoop(IOperation sleep, ISymbol? containingSymbol, CancellationToken cancellationToken)
    {
        IWhileLoopOperation? loop = null;
        for (var current = sleep.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ILoopOperation innermost:
                    if (loop is null)
                    {
                        loop = innermost as IWhileLoopOperation;
                        if (loop?.Condition is null || !NamesIdle(loop.Condition.Syntax))
                        {
                            return false;
                        }
                    }

                    break;
                case IAnonymousFunctionOperation lambda:
                    return loop is not null && IsIdleSubscription(lambda.Syntax);
                case ILocalFunctionOperation:
                    return false;
            }
        }

        if (loop is null || containingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
        {
            return false;
        }

        var subscriptions = 0;
        foreach (var root in OwnThreads.OutermostTypeSyntax(method.ContainingType, cancellationToken))
        {
            foreach (var node in root.DescendantNodes())
            {
                if (node is not IdentifierNameSyntax identifier
                    || identifier.Identifier.ValueText != method.Name
                    || OwnThreads.UseOf(identifier) is not { } use)
                {
                    continue;
                }

                if (!IsIdleSubscription(use))
                {
                    return false;
                }

                subscriptions++;
            }
        }

        return subscriptions > 0;
    }

    private static bool NamesIdle(SyntaxNode condition)
    {
        foreach (var node in condition.DescendantNodesAndSelf())
        {
            if (node is IdentifierNameSyntax identifier)
            {
                foreach (var word in IdentifierWords.Of(identifier.Identifier.ValueText))
                {
                    if (string.Equals(word, "idle", System.StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary><c>Application.Idle += handler</c> or <c>-= handler</c>, also through <c>new EventHandler(handler)</c>.</summary>
    private static bool IsIdleSubscription(SyntaxNode handler)
    {
        if (handler.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax { Type: var type } creation } }
            && type is IdentifierNameSyntax { Identifier.ValueText: "EventHandler" } or QualifiedNameSyntax { Right.Identifier.ValueText: "EventHandler" })
        {
            handler = creation;
        }

        return handler.Parent is AssignmentExpressionSyntax
        {
            RawKind: (int)SyntaxKind.AddAssignmentExpression or (int)SyntaxKind.SubtractAssignmentExpression,
            Left: MemberAccessExpressionSyntax
            {
                Name.Identifier.ValueText: "Idle",
                Expression: IdentifierNameSyntax { Identifier.ValueText: "Application" }
                    or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Application" },
            },
        } subscription && subscription.Right == handler;
    }
}
