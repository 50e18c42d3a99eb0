using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF006: whether <c>await</c> can replace a blocking wait where it stands, with code that compiles and
/// means what the wait meant. The code fix is offered only then; everywhere else the warning stays, and
/// the rule page says how to change such code by hand.
/// </summary>
internal static class AwaitSafety
{
    public static bool CanAwait(IOperation wait, ISymbol? containingSymbol)
    {
        if (!HasAwaitableShape(wait))
        {
            return false;
        }

        // .Result, .Wait() and Task.WaitAll throw an AggregateException; await throws the exception inside it.
        var throwsAggregate = wait is IPropertyReferenceOperation or IInvocationOperation { TargetMethod.Name: "Wait" or "WaitAll" };
        var child = wait;
        for (var current = wait.Parent; current is not null; child = current, current = current.Parent)
        {
            switch (current)
            {
                // CS1996, and a Monitor left on another thread than the one that entered it.
                case ILockOperation:
                    return false;

                // using (gate.EnterScope()): Lock.Scope is a ref struct that cannot live across an await (CS4007).
                case IUsingOperation { Resources: var resource } when child != resource && (IsRefLike(resource.Type) || Locks.IsEnterScope(resource)):
                    return false;

                // try { ... } finally { Monitor.Exit(gate); }: the thread that entered must be the one that exits.
                case ITryOperation { Finally: { } release } guarded when child == guarded.Body && Locks.ReleasesThreadBoundLock(release):
                    return false;

                case ITryOperation guarded when throwsAggregate && child == guarded.Body && guarded.Catches.Any(CatchesAggregate):
                    return false;

                // catch (X) when (task.Result): no await in a filter (CS7094).
                case ICatchClauseOperation { Filter: { } filter } when child == filter:
                    return false;

                case IBlockOperation block when HeldBefore(block, child):
                    return false;

                case IAnonymousFunctionOperation lambda:
                    return lambda.Symbol.IsAsync && !IsUnsafe(wait.Syntax);

                case ILocalFunctionOperation local:
                    return local.Symbol.IsAsync && !IsUnsafe(wait.Syntax);
            }
        }

        return containingSymbol is IMethodSymbol { IsAsync: true } && !IsUnsafe(wait.Syntax);
    }

    /// <summary>
    /// Shapes with an awaitable twin: <c>.Result</c>, <c>.GetAwaiter().GetResult()</c>, <c>.Wait()</c> without
    /// arguments, <c>Thread.Sleep(x)</c>, and <c>Task.WaitAll</c> given only tasks (<c>Task.WhenAll</c> has no
    /// timeout or token overload; <c>WaitAll(tasks, timeout)</c> returns whether they finished).
    /// </summary>
    private static bool HasAwaitableShape(IOperation wait) => wait switch
    {
        IPropertyReferenceOperation => true,
        IInvocationOperation { TargetMethod.Name: "GetResult" or "Sleep" } => true,
        IInvocationOperation { TargetMethod.Name: "Wait", Arguments.Length: 0 } => true,
        IInvocationOperation { TargetMethod.Name: "WaitAll" } waitAll => waitAll.Arguments.All(a => a.ArgumentKind == ArgumentKind.DefaultValue || a.Parameter?.Ordinal == 0),
        _ => false,
    };

    private static bool CatchesAggregate(ICatchClauseOperation clause) =>
        clause.ExceptionType is { Name: "AggregateException", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>
    /// Something declared or entered earlier in the block that an await would break: a ref struct or ref
    /// local still in scope (CS4007, CS9217), or a thread-bound lock entered without a <c>try</c>
    /// (<c>Monitor.Enter(gate); ... Monitor.Exit(gate);</c>).
    /// </summary>
    private static bool HeldBefore(IBlockOperation block, IOperation statement)
    {
        foreach (var earlier in block.Operations)
        {
            if (earlier == statement)
            {
                return false;
            }

            foreach (var operation in earlier.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Symbol: var local } when local.IsRef || IsRefLike(local.Type):
                        return true;
                    case IInvocationOperation invocation when Locks.EntersThreadBoundLock(invocation):
                        return true;
                }
            }
        }

        return false;
    }

    private static bool IsRefLike(ITypeSymbol? type) => type is { IsRefLikeType: true };

    /// <summary>No await in an unsafe context (CS4004).</summary>
    private static bool IsUnsafe(SyntaxNode syntax) =>
        syntax.Ancestors().Any(node => node switch
        {
            UnsafeStatementSyntax => true,
            MemberDeclarationSyntax member => member.Modifiers.Any(m => m.ValueText == "unsafe"),
            LocalFunctionStatementSyntax local => local.Modifiers.Any(m => m.ValueText == "unsafe"),
            _ => false,
        });
}
