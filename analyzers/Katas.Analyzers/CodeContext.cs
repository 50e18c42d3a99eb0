using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>Questions about where an operation is: inside a lock, in probing code, in an async method.</summary>
internal static class CodeContext
{
    // Words in the names of methods and types that probe, poll, balance or scale: code that runs in a
    // loop and whose stalls or silent failures take a fleet down. Whole words of the identifier, so that
    // CheckAsync and HealthProbe count, and Checkout, ShoppingCart and Stopwatch do not.
    private static readonly NameSet s_probingWords = new(
        "probe", "probes", "probing", "prober", "health", "healthy", "check", "checks", "checker", "checking",
        "poll", "poller", "polling", "heartbeat", "ping", "monitor", "monitoring", "watch", "watcher", "watchdog",
        "balancer", "balancing", "scaler", "scaling", "autoscaler", "failover", "replica", "replicas",
        "backend", "backends", "upstream", "upstreams");

    /// <summary>
    /// True when no other thread can run <paramref name="operation"/> at the same time: inside a <c>lock</c>
    /// statement; inside <c>using (gate.EnterScope())</c> or after <c>using var scope = gate.EnterScope();</c>
    /// (System.Threading.Lock); or in the body of a <c>try</c> whose <c>finally</c> releases a lock:
    /// <c>Monitor.Exit</c>, <c>SemaphoreSlim.Release</c> (the async lock: <c>await gate.WaitAsync(); try { ... } finally { gate.Release(); }</c>),
    /// <c>Lock.Exit</c>, <c>SpinLock.Exit</c>, <c>ReaderWriterLockSlim.ExitWriteLock</c>, <c>Mutex.ReleaseMutex</c>.
    /// </summary>
    public static bool IsGuarded(IOperation operation)
    {
        var child = operation;
        for (var current = operation.Parent; current is not null; child = current, current = current.Parent)
        {
            switch (current)
            {
                case ILockOperation:
                    return true;
                case IUsingOperation { Resources: var resource } when child != resource && Locks.IsEnterScope(resource):
                    return true;
                case ITryOperation { Finally: { } release } guarded when child == guarded.Body && Locks.ReleasesLock(release):
                    return true;
                case IBlockOperation block when UsingScopeBefore(block, child):
                    return true;
            }
        }

        return false;
    }

    private static bool UsingScopeBefore(IBlockOperation block, IOperation statement)
    {
        foreach (var earlier in block.Operations)
        {
            if (earlier == statement)
            {
                return false;
            }

            if (earlier is IUsingDeclarationOperation { DeclarationGroup: var group })
            {
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        if (declarator.Initializer is { Value: var value } && Locks.IsEnterScope(value))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when the method or one of its containing types is named like probing or polling code.</summary>
    public static bool IsProbingCode(ISymbol? containingSymbol)
    {
        if (containingSymbol is IMethodSymbol method && IsTestMethod(method))
        {
            return false;
        }

        for (var symbol = containingSymbol; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            foreach (var word in IdentifierWords.Of(symbol.Name))
            {
                if (s_probingWords.Contains(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A test method (<c>[Fact]</c>, <c>[Theory]</c>, <c>[Test]</c>, <c>[TestCase]</c>, <c>[TestMethod]</c>...): its
    /// name tells what it tests (<c>Probes_check_order_of_targets</c>), not that it probes anything.
    /// </summary>
    private static bool IsTestMethod(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: var name } && s_testAttributes.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly NameSet s_testAttributes = new(
        "FactAttribute", "TheoryAttribute", "TestAttribute", "TestCaseAttribute", "TestCaseSourceAttribute",
        "TestMethodAttribute", "DataTestMethodAttribute", "SkippableFactAttribute", "SkippableTheoryAttribute");

    /// <summary>True for an async method, lambda or local function, or one that returns a task.</summary>
    public static bool IsAsyncContext(IOperation operation, ISymbol? containingSymbol)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda)
            {
                return lambda.Symbol.IsAsync;
            }

            if (current is ILocalFunctionOperation local)
            {
                return local.Symbol.IsAsync;
            }
        }

        return containingSymbol is IMethodSymbol method
            && (method.IsAsync || IsTaskLike(method.ReturnType));
    }

    public static bool IsTaskLike(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Task" or "ValueTask", ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace.Name: "System" } } };
}
