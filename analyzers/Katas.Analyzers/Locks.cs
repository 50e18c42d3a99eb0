using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>The System.Threading calls that enter and leave a lock, for the rules that ask whether code is guarded.</summary>
internal static class Locks
{
    /// <summary><c>gate.EnterScope()</c> on a System.Threading.Lock, anywhere in <paramref name="resource"/>.</summary>
    public static bool IsEnterScope(IOperation resource)
    {
        foreach (var operation in resource.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation { TargetMethod: { Name: "EnterScope" } method } && IsThreadingType(method.ContainingType, "Lock"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="release"/> (a finally block) releases a lock: <c>Monitor.Exit</c>, <c>Lock.Exit</c>,
    /// <c>SpinLock.Exit</c>, <c>SemaphoreSlim.Release</c>, <c>ReaderWriterLockSlim.ExitWriteLock</c>, <c>Mutex.ReleaseMutex</c>.
    /// </summary>
    public static bool ReleasesLock(IOperation release) => Releases(release, threadBound: false);

    /// <summary>
    /// Releases a lock that the entering thread must release itself, read locks included: a semaphore (the
    /// async lock, <c>await gate.WaitAsync()</c>) may be released from any thread. (A read lock does not
    /// make a counter's step exclusive, so <see cref="ReleasesLock"/> leaves it out.)
    /// </summary>
    public static bool ReleasesThreadBoundLock(IOperation release) => Releases(release, threadBound: true);

    /// <summary><c>Monitor.Enter</c>/<c>TryEnter</c>, <c>Lock.Enter</c>, <c>SpinLock.Enter</c>, <c>ReaderWriterLockSlim.Enter*Lock</c>.</summary>
    public static bool EntersThreadBoundLock(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        return method.Name switch
        {
            "Enter" or "TryEnter" => IsThreadingType(method.ContainingType, "Monitor") || IsThreadingType(method.ContainingType, "Lock") || IsThreadingType(method.ContainingType, "SpinLock"),
            "EnterReadLock" or "EnterWriteLock" or "EnterUpgradeableReadLock" or "TryEnterReadLock" or "TryEnterWriteLock" or "TryEnterUpgradeableReadLock" =>
                IsThreadingType(method.ContainingType, "ReaderWriterLockSlim"),
            _ => false,
        };
    }

    private static bool Releases(IOperation release, bool threadBound)
    {
        foreach (var operation in release.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation { TargetMethod: var method }
                && method.Name switch
                {
                    "Exit" => IsThreadingType(method.ContainingType, "Monitor") || IsThreadingType(method.ContainingType, "Lock") || IsThreadingType(method.ContainingType, "SpinLock"),
                    "Release" => !threadBound && (IsThreadingType(method.ContainingType, "SemaphoreSlim") || IsThreadingType(method.ContainingType, "Semaphore")),
                    "ExitWriteLock" or "ExitUpgradeableReadLock" => IsThreadingType(method.ContainingType, "ReaderWriterLockSlim"),
                    "ExitReadLock" => threadBound && IsThreadingType(method.ContainingType, "ReaderWriterLockSlim"),
                    "ReleaseMutex" => IsThreadingType(method.ContainingType, "Mutex"),
                    _ => false,
                })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsThreadingType(INamedTypeSymbol? type, string name) =>
        type is { Name: var actual, ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } }
        && actual == name;
}
