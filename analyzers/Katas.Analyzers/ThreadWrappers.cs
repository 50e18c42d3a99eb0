using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF006: a code base's own wrapper around <c>new Thread(...)</c>. Work handed to it runs on the thread it starts,
/// which serves nothing else: a lambda or method subscribed to an event of the wrapper
/// (<c>worker.DoWork += Pump; worker.Start();</c>, where <c>Start</c> runs <c>new Thread(Run)</c> and <c>Run</c> raises
/// <c>DoWork</c>), or given to a constructor or method of it whose parameter goes to <c>new Thread(...)</c>, to a lambda
/// such a thread runs, or into a field that only such code invokes (<c>new Worker(() => Pump())</c>).
/// </summary>
/// <remarks>
/// The wrapper must be in this compilation, and is read as <see cref="OwnThreads"/> reads a type: by name, in the
/// outermost type around it (the parameter: in its method). Every use of the event, parameter or field there must be
/// a thread's start, an invocation from code that runs on its own thread (two callers up at most), a null check, or
/// a store (<c>+=</c>, <c>_work = work</c>); anything else (an invocation on the caller's thread, a lambda given to
/// <c>Task.Run</c>, the delegate handed on elsewhere) means the pool or a thread serving others may run it. Only
/// asked for a sleep that would otherwise be reported, and the answer is kept per event or parameter.
/// </remarks>
internal sealed class ThreadWrappers
{
    private readonly object _gate = new();
    private readonly Dictionary<ISymbol, bool> _runsAlone = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// True when <paramref name="handed"/> (a lambda, or the name of a method) is subscribed to an event, or passed
    /// for a parameter, of this compilation that only a thread of its own runs.
    /// </summary>
    public bool RunsOnWrapperThread(SyntaxNode handed, SemanticModel model, CancellationToken cancellationToken)
    {
        if (handed.SyntaxTree != model.SyntaxTree)
        {
            return false;
        }

        ISymbol? target = handed.Parent switch
        {
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression, Left: var left } subscription when subscription.Right == handed =>
                model.GetSymbolInfo(left, cancellationToken).Symbol as IEventSymbol,
            ArgumentSyntax argument => model.GetOperation(argument, cancellationToken) is IArgumentOperation { ArgumentKind: ArgumentKind.Explicit, Parameter: { } parameter }
                ? parameter
                : null,
            _ => null,
        };

        if (target is null || target.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        lock (_gate)
        {
            if (_runsAlone.TryGetValue(target, out var known))
            {
                return known;
            }
        }

        var runsAlone = target switch
        {
            IEventSymbol { ContainingType: var type } field when IsFieldLike(field, cancellationToken) =>
                OnlyOwnThreadsInvoke(OwnThreads.OutermostTypeSyntax(type, cancellationToken), null, target.Name, canStore: false),
            IParameterSymbol { Type.TypeKind: TypeKind.Delegate, ContainingSymbol: IMethodSymbol { ContainingType: var type } method } =>
                OnlyOwnThreadsInvoke(OwnThreads.OutermostTypeSyntax(type, cancellationToken), Declarations(method, cancellationToken), target.Name, canStore: true),
            _ => false,
        };

        lock (_gate)
        {
            _runsAlone[target] = runsAlone;
        }

        return runsAlone;
    }

    /// <summary><c>public event Action DoWork;</c>: raised by name in its type. One with <c>add</c>/<c>remove</c> keeps its handlers elsewhere.</summary>
    private static bool IsFieldLike(IEventSymbol field, CancellationToken cancellationToken)
    {
        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax)
            {
                return false;
            }
        }

        return true;
    }

    private static SyntaxNode[] Declarations(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var declarations = new SyntaxNode[method.DeclaringSyntaxReferences.Length];
        for (var i = 0; i < declarations.Length; i++)
        {
            declarations[i] = method.DeclaringSyntaxReferences[i].GetSyntax(cancellationToken);
        }

        return declarations;
    }

    /// <summary>
    /// True when <paramref name="name"/> is used in <paramref name="scopes"/> (the type's declarations when null) at
    /// least once to run it, and every use runs it on a thread of its own, checks it for null, or stores into it; a
    /// parameter (<paramref name="canStore"/>) may also be stored into a field that itself passes this test.
    /// </summary>
    private static bool OnlyOwnThreadsInvoke(SyntaxNode[] roots, SyntaxNode[]? scopes, string name, bool canStore)
    {
        var runs = 0;
        foreach (var scope in scopes ?? roots)
        {
            foreach (var node in scope.DescendantNodes())
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
                {
                    continue;
                }

                ExpressionSyntax use = identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } member && member.Name == identifier
                    ? member
                    : identifier;
                if (Invocation(use) is { } call)
                {
                    if (!OwnThreads.CallerRunsOnOwnThread(roots, call, name, 0, null))
                    {
                        return false;
                    }

                    runs++;
                }
                else if (use.Parent is MemberAccessExpressionSyntax { Expression: var receiver } && receiver == use)
                {
                    // work.Method, work.GetInvocationList(): handed on.
                    return false;
                }
                else if (OwnThreads.RunsAlone(use, null))
                {
                    runs++;
                }
                else if (use.Parent is AssignmentExpressionSyntax { Left: var target } && target == use || IsNullCheck(use) || IsNameOf(use))
                {
                    // _work = ..., DoWork += ..., DoWork != null, nameof(work): neither runs it nor hands it on.
                }
                else if (canStore && StoredIn(use) is { } field)
                {
                    if (!OnlyOwnThreadsInvoke(roots, null, field, canStore: false))
                    {
                        return false;
                    }

                    runs++;
                }
                else
                {
                    return false;
                }
            }
        }

        return runs > 0;
    }

    /// <summary><c>work()</c>, <c>work.Invoke()</c> or <c>work?.Invoke()</c>: the expression a caller is found from.</summary>
    private static ExpressionSyntax? Invocation(ExpressionSyntax use) => use.Parent switch
    {
        InvocationExpressionSyntax call when call.Expression == use => call,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke", Parent: InvocationExpressionSyntax call } member
            when member.Expression == use && call.Expression == member => call,
        ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Invoke" } } } access
            when access.Expression == use => access,
        _ => null,
    };

    private static bool IsNameOf(ExpressionSyntax use) =>
        use.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } } };

    private static bool IsNullCheck(ExpressionSyntax use) => use.Parent switch
    {
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } check =>
            (check.Left == use ? check.Right : check.Left).IsKind(SyntaxKind.NullLiteralExpression),
        IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: var constant } } => constant.IsKind(SyntaxKind.NullLiteralExpression),
        _ => false,
    };

    /// <summary><c>_work = work;</c> or <c>this._work = work ?? throw ...;</c>: the name of the field it goes into.</summary>
    private static string? StoredIn(ExpressionSyntax use)
    {
        SyntaxNode value = use;
        if (value.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce && coalesce.Left == use)
        {
            value = coalesce;
        }

        return value.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: var left } store && store.Right == value
            ? left switch
            {
                IdentifierNameSyntax field => field.Identifier.ValueText,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var field } => field.Identifier.ValueText,
                _ => null,
            }
            : null;
    }
}
