using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF006: where a <c>Thread.Sleep</c> holds no thread-pool thread, because the code runs on a thread that serves
/// nothing else: the process's main thread (a synchronous <c>Main</c>), a thread the code starts itself
/// (<c>new Thread(ReadLoop)</c>, <c>Task.Factory.StartNew(..., TaskCreationOptions.LongRunning)</c>), or a method
/// that only such code calls (<c>Main</c> calls <c>Run</c>, which polls). A serial-port reader or a device's duty cycle
/// that sleeps there stalls its own thread only, by design. So does the handler of
/// <c>AppDomain.CurrentDomain.UnhandledException</c>: it runs on the thread that is dying of the exception, which
/// serves nothing any more; parking it (<c>while (true) Thread.Sleep(...)</c>, as Topshelf does to keep a failing
/// service up while it stops) starves nothing.
/// </summary>
/// <remarks>
/// Calls and thread starts are found by name in the syntax of the outermost type around the method, as
/// <see cref="UnsharedState.CallersHoldLock"/> finds lock holders: any other use of the name there (a timer's
/// callback, a call from a lambda given to <c>Task.Run</c>, a method group stored away) means the method may run on
/// a pool thread, and the sleep is reported. A method started as a thread in its own type is read as that thread's
/// body. Callers in other types are seen in one shape only, a call straight from a synchronous <c>Main</c>
/// (<see cref="MainCalls"/>), and only once the method's own type has not settled it.
/// </remarks>
internal static class OwnThreads
{
    // How many callers up a chain of methods is followed: Main → Run → Poll.
    private const int MaxDepth = 2;

    public static bool RunsOnOwnThread(
        IOperation operation, ISymbol? containingSymbol, MainCalls mainCalls, ThreadWrappers wrappers, CancellationToken cancellationToken)
    {
        // A lambda or method handed to a wrapper of this compilation that runs it on a new thread.
        Func<SyntaxNode, bool>? handedToOwnThread = operation.SemanticModel is { } model
            ? handed => wrappers.RunsOnWrapperThread(handed, model, cancellationToken)
            : null;
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    // new Thread(() => { while (...) Thread.Sleep(...); })
                    return RunsAlone(lambda.Syntax, handedToOwnThread);
                case ILocalFunctionOperation:
                    return false;
            }
        }

        if (containingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsAsync: false } method
            || CodeContext.IsTaskLike(method.ReturnType))
        {
            return false;
        }

        if (IsSynchronousMain(method))
        {
            return true;
        }

        var roots = OutermostTypeSyntax(method.ContainingType, cancellationToken);
        return OnlyOwnThreadsRun(roots, method.Name, depth: 0, handedToOwnThread) || mainCalls.OnlyMainCalls(method, cancellationToken);
    }

    /// <summary>Every declaration of the outermost type around <paramref name="type"/>: where its private callers are.</summary>
    public static SyntaxNode[] OutermostTypeSyntax(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var outermost = type;
        while (outermost.ContainingType is not null)
        {
            outermost = outermost.ContainingType;
        }

        var roots = new SyntaxNode[outermost.DeclaringSyntaxReferences.Length];
        for (var i = 0; i < roots.Length; i++)
        {
            roots[i] = outermost.DeclaringSyntaxReferences[i].GetSyntax(cancellationToken);
        }

        return roots;
    }

    /// <summary>
    /// The expression that uses a method named by <paramref name="identifier"/>: <c>Run</c> or <c>this.Run</c>; null
    /// for the receiver of a member access (<c>Run.Something</c> is not this method).
    /// </summary>
    public static ExpressionSyntax? UseOf(IdentifierNameSyntax identifier)
    {
        ExpressionSyntax use = identifier.Parent is MemberAccessExpressionSyntax member && member.Name == identifier ? member : identifier;
        return use.Parent is MemberAccessExpressionSyntax { Expression: var receiver } && receiver == use ? null : use;
    }

    /// <summary>A synchronous <c>Main</c>, or top-level statements without <c>await</c>: the process's own thread.</summary>
    public static bool IsSynchronousMain(IMethodSymbol method) =>
        method is { IsStatic: true, IsAsync: false, Name: "Main" or "<Main>$" } && !CodeContext.IsTaskLike(method.ReturnType);

    /// <summary>
    /// True when the type uses the method <paramref name="name"/> at least once and every use is a thread's start
    /// or a call from code that itself runs on its own thread.
    /// </summary>
    private static bool OnlyOwnThreadsRun(SyntaxNode[] roots, string name, int depth, Func<SyntaxNode, bool>? handedToOwnThread)
    {
        var uses = 0;
        foreach (var root in roots)
        {
            foreach (var node in root.DescendantNodes())
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
                {
                    continue;
                }

                if (UseOf(identifier) is not { } use)
                {
                    continue;
                }

                uses++;
                if (RunsAlone(use, handedToOwnThread))
                {
                    continue;
                }

                if (use.Parent is not InvocationExpressionSyntax call || call.Expression != use || !CallerRunsOnOwnThread(roots, call, name, depth, handedToOwnThread))
                {
                    return false;
                }
            }
        }

        return uses > 0;
    }

    /// <summary>
    /// True when the code around <paramref name="call"/> runs on its own thread: a lambda a new thread runs, or a
    /// method (two callers up at most) whose uses in the type are all such.
    /// </summary>
    public static bool CallerRunsOnOwnThread(
        SyntaxNode[] roots, ExpressionSyntax call, string name, int depth, Func<SyntaxNode, bool>? handedToOwnThread)
    {
        for (var current = call.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax lambda:
                    return RunsAlone(lambda, handedToOwnThread);
                case LocalFunctionStatementSyntax:
                    return false;
                case MethodDeclarationSyntax caller:
                    var callerName = caller.Identifier.ValueText;
                    if (callerName == name)
                    {
                        // The method calling itself: its other uses decide.
                        return true;
                    }

                    if (callerName == "Main" && IsStaticSynchronous(caller))
                    {
                        return true;
                    }

                    return depth < MaxDepth && OnlyOwnThreadsRun(roots, callerName, depth + 1, handedToOwnThread);
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    public static bool IsStaticSynchronous(MethodDeclarationSyntax method)
    {
        var isStatic = false;
        foreach (var modifier in method.Modifiers)
        {
            if (modifier.ValueText == "async")
            {
                return false;
            }

            isStatic |= modifier.ValueText == "static";
        }

        return isStatic && method.ReturnType is PredefinedTypeSyntax;
    }

    /// <summary>
    /// What runs on a thread that serves nothing else: a new thread's body, a dying thread's last words, or (asked
    /// last, through <paramref name="handedToOwnThread"/>) work handed to a wrapper that starts a thread for it.
    /// </summary>
    public static bool RunsAlone(SyntaxNode expression, Func<SyntaxNode, bool>? handedToOwnThread) =>
        IsThreadStart(expression) || IsUnhandledExceptionHandler(expression) || handedToOwnThread?.Invoke(expression) == true;

    /// <summary>
    /// <c>AppDomain.CurrentDomain.UnhandledException += OnCrash</c> (also through <c>new UnhandledExceptionEventHandler(...)</c>,
    /// or a lambda): the handler runs on the thread the exception is killing. Only <c>CurrentDomain</c>'s event: a
    /// WPF <c>Dispatcher.UnhandledException</c> runs on the UI thread, which lives on.
    /// </summary>
    private static bool IsUnhandledExceptionHandler(SyntaxNode expression)
    {
        if (expression.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax { Type: var type } creation } }
            && SyntaxNames.TypeName(type) == "UnhandledExceptionEventHandler")
        {
            expression = creation;
        }

        return expression.Parent is AssignmentExpressionSyntax
        {
            RawKind: (int)SyntaxKind.AddAssignmentExpression,
            Left: MemberAccessExpressionSyntax
            {
                Name.Identifier.ValueText: "UnhandledException",
                Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CurrentDomain" },
            },
        } subscription && subscription.Right == expression;
    }

    /// <summary>
    /// <paramref name="expression"/> is what a new thread runs: the argument of <c>new Thread(...)</c> (directly or
    /// through <c>new ThreadStart(...)</c>), or of <c>Task.Factory.StartNew(..., TaskCreationOptions.LongRunning)</c>,
    /// which gives the task a thread of its own.
    /// </summary>
    private static bool IsThreadStart(SyntaxNode expression)
    {
        if (expression.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var owner } arguments })
        {
            return false;
        }

        return owner switch
        {
            ObjectCreationExpressionSyntax { Type: var type } creation => SyntaxNames.TypeName(type) switch
            {
                "Thread" => true,
                "ThreadStart" or "ParameterizedThreadStart" => IsThreadStart(creation),
                _ => false,
            },
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "StartNew" } } => IsLongRunning(arguments),
            _ => false,
        };
    }

    private static bool IsLongRunning(ArgumentListSyntax arguments)
    {
        foreach (var argument in arguments.Arguments)
        {
            foreach (var node in argument.Expression.DescendantNodesAndSelf())
            {
                if (node is IdentifierNameSyntax { Identifier.ValueText: "LongRunning" })
                {
                    return true;
                }
            }
        }

        return false;
    }
}
