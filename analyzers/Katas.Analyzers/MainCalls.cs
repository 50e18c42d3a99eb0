using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Analyzers;

/// <summary>
/// SPOF006: the method names that, in the whole compilation, are only ever called straight from a synchronous
/// <c>static void Main</c> or from top-level statements without <c>await</c>: <c>Program.Main</c> calls
/// <c>test4.RunTest()</c>, whose polling loop then runs on the process's own thread, in another type than the one
/// <see cref="OwnThreads"/> reads.
/// </summary>
/// <remarks>
/// Uses are found by name, as in <see cref="OwnThreads"/>: any other use of the name anywhere (a call from a lambda,
/// from another method, a method group, <c>nameof</c>) makes every method of that name one the pool may run. The
/// compilation is read once, the first time a wait that would otherwise be reported asks, and the answer is kept
/// per name: the rule runs on every build, and most compilations never ask.
/// </remarks>
internal sealed class MainCalls(Compilation compilation)
{
    private readonly object _gate = new();
    private Dictionary<string, bool>? _onlyFromMain;

    public bool OnlyMainCalls(IMethodSymbol method, CancellationToken cancellationToken)
    {
        // A private method's callers are all in its own type, which OwnThreads has read already. A library's
        // visible method is called by code this compilation does not hold; an override or an interface method
        // by code that may not name it at all, unless the method it stands for is this compilation's own and out
        // of other code's reach: then every call names it (((IExample)example).Run() from Main).
        if (method.DeclaredAccessibility == Accessibility.Private
            || !method.ExplicitInterfaceImplementations.IsEmpty
            || !OnlyOwnCodeCalls(method)
            || !ImplementsOnlyOwnInterfaces(method))
        {
            return false;
        }

        return Index(cancellationToken).TryGetValue(method.Name, out var onlyFromMain) && onlyFromMain;
    }

    private Dictionary<string, bool> Index(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_onlyFromMain is null)
            {
                var index = new Dictionary<string, bool>();
                foreach (var tree in compilation.SyntaxTrees)
                {
                    Read(tree.GetRoot(cancellationToken), index);
                }

                _onlyFromMain = index;
            }

            return _onlyFromMain;
        }
    }

    private static void Read(SyntaxNode root, Dictionary<string, bool> index)
    {
        var topLevelIsSynchronous = TopLevelIsSynchronous(root);
        foreach (var node in root.DescendantNodes())
        {
            if (node is not SimpleNameSyntax name)
            {
                continue;
            }

            ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax member && member.Name == name ? member : name;
            if (use.Parent is MemberAccessExpressionSyntax { Expression: var receiver } && receiver == use)
            {
                // RunTest.Something: not a use of a method RunTest.
                continue;
            }

            var key = name.Identifier.ValueText;
            var fromMain = use.Parent is InvocationExpressionSyntax call && call.Expression == use && IsInSynchronousMain(call, topLevelIsSynchronous);
            index[key] = fromMain && (!index.TryGetValue(key, out var before) || before);
        }
    }

    private static bool IsInSynchronousMain(SyntaxNode call, bool topLevelIsSynchronous)
    {
        for (var current = call.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return false;
                case GlobalStatementSyntax:
                    return topLevelIsSynchronous;
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText == "Main" && OwnThreads.IsStaticSynchronous(method);
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Top-level statements without <c>await</c> anywhere in them (an async lambda's included, to be safe).</summary>
    private static bool TopLevelIsSynchronous(SyntaxNode root)
    {
        if (root is not CompilationUnitSyntax unit)
        {
            return false;
        }

        foreach (var member in unit.Members)
        {
            if (member is GlobalStatementSyntax statement)
            {
                foreach (var token in statement.DescendantTokens())
                {
                    if (token.IsKind(SyntaxKind.AwaitKeyword))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private static bool IsLibrary(Compilation compilation) =>
        compilation.Options.OutputKind is OutputKind.DynamicallyLinkedLibrary or OutputKind.NetModule;

    private static bool IsVisibleOutside(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Declared in this compilation (an override: all the way up), and not visible to other code that may call it:
    /// any method of a program, a library's internal one.
    /// </summary>
    private bool OnlyOwnCodeCalls(IMethodSymbol? method)
    {
        for (; method is not null; method = method.OverriddenMethod)
        {
            if (method.DeclaringSyntaxReferences.IsEmpty || (IsLibrary(compilation) && IsVisibleOutside(method)))
            {
                return false;
            }
        }

        return true;
    }

    private bool ImplementsOnlyOwnInterfaces(IMethodSymbol method)
    {
        foreach (var contract in method.ContainingType.AllInterfaces)
        {
            foreach (var member in contract.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method)
                    && !(member is IMethodSymbol own && OnlyOwnCodeCalls(own)))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
