using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Analyzers;

/// <summary>
/// SPOF004: signs that a type's instances are used by many threads at once, so that a step of its rotation
/// counter can race. Most counters that step without a lock are one thread's state (a parser's position, a
/// console's history, a cursor over one message); the rule reports a step only where the type says it is shared:
/// <list type="bullet">
/// <item>it balances load or pools resources: its name, or the name of a type it derives from or implements, has the
/// word <c>Balancer</c>, <c>Balancing</c>, <c>Robin</c> (<c>RoundRobin</c>), <c>Pool</c> or <c>Pools</c>
/// (<c>RoundRobinBalancer : ILoadBalancer</c>, <c>ConnectionPool</c>): the one job of such a type is to hand out
/// its members to concurrent callers;</item>
/// <item>or it, or a type around it, already synchronizes something: a <c>lock</c> statement, a call on
/// <c>Interlocked</c>, <c>Volatile</c> or <c>Monitor</c>, or a field of a lock type or a concurrent collection.
/// The author knows its instances are shared, and the unguarded step is the one they missed.</item>
/// </list>
/// A <c>volatile</c> field is no such sign: it hands one value from the thread that writes it to the threads that
/// read it (a flag, the chunk a one-reader queue publishes, the frame a render loop shows), and says nothing of
/// many threads running the type's methods at once. Read on fresh code, each hit it gave was one thread's counter.

/// Read from the syntax of the outermost type, once a step has been found: it costs nothing where there is none.
/// </summary>
internal static class SharedState
{
    private static readonly NameSet s_sharedRoleWords = new("balancer", "balancers", "balancing", "robin", "pool", "pools");

    // Type names, compared with case: a variable named monitor is not System.Threading.Monitor.
    private static readonly ImmutableHashSet<string> s_synchronizationTypes = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Interlocked", "Volatile", "Monitor", "ImmutableInterlocked");

    private static readonly ImmutableHashSet<string> s_sharedFieldTypes = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Lock", "SemaphoreSlim", "Semaphore", "Mutex", "ReaderWriterLock", "ReaderWriterLockSlim", "SpinLock",
        "ConcurrentDictionary", "ConcurrentQueue", "ConcurrentBag", "ConcurrentStack", "BlockingCollection");

    public static bool IsShared(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        HasSharedRole(type) || Synchronizes(type, cancellationToken);

    private static bool HasSharedRole(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (NamesSharedRole(current))
            {
                return true;
            }

            for (var baseType = current.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                if (NamesSharedRole(baseType))
                {
                    return true;
                }
            }

            foreach (var implemented in current.AllInterfaces)
            {
                if (NamesSharedRole(implemented))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool NamesSharedRole(INamedTypeSymbol type)
    {
        foreach (var word in IdentifierWords.Of(type.Name))
        {
            if (s_sharedRoleWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Synchronizes(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var outermost = type;
        while (outermost.ContainingType is not null)
        {
            outermost = outermost.ContainingType;
        }

        foreach (var reference in outermost.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                switch (node)
                {
                    case LockStatementSyntax:
                        return true;
                    case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: var receiver } }
                        when s_synchronizationTypes.Contains(receiver):
                        return true;
                    case FieldDeclarationSyntax field when s_sharedFieldTypes.Contains(SyntaxNames.TypeName(field.Declaration.Type) ?? ""):
                        return true;
                }
            }
        }

        return false;
    }
}
