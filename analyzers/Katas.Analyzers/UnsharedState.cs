using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// Where a field's step cannot race although no lock is in sight (SPOF004): state that only one thread uses
/// by contract, and private methods that are only ever called with a lock held.
/// </summary>
internal static class UnsharedState
{
    // .NET types whose instances are documented as not thread-safe: one reader, one writer, one enumeration,
    // one encoding at a time. A cursor in them walks a buffer for that one user.
    private static readonly (string Namespace, string Name)[] s_singleUserBases =
    [
        ("System.IO", "Stream"), ("System.IO", "TextReader"), ("System.IO", "TextWriter"),
        ("System.Text", "Encoder"), ("System.Text", "Decoder"),
        ("System.Text", "EncoderFallbackBuffer"), ("System.Text", "DecoderFallbackBuffer"),
    ];

    // User-interface elements: only the thread that created them may touch them (WinForms, WPF, Avalonia).
    private static readonly (string Namespace, string Name)[] s_userInterfaceBases =
    [
        ("System.Windows.Forms", "Control"), ("System.Windows", "DependencyObject"), ("Avalonia", "AvaloniaObject"),
    ];

    // The same bases by the names code derives from, for a project read without its user-interface assemblies
    // (the real-code check): there the base is an error type, and only its name is known.
    private static readonly NameSet s_unboundUserInterfaceBases = new(
        "Form", "UserControl", "Control", "Window", "Page", "DependencyObject", "FrameworkElement", "UIElement");

    /// <summary>
    /// True when <paramref name="type"/> (or a type around it) is used by one thread at a time by contract: a
    /// stream, a reader or writer, an encoder, an enumerator (<c>IEnumerator</c>), an Orleans grain (the
    /// runtime delivers its calls one at a time), or a user-interface element (a form, a control, a window: only
    /// its UI thread may touch it, and its timers and handlers run there).
    /// </summary>
    public static bool IsSingleUserType(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            for (var baseType = current.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                // An Orleans grain: Grain or Grain<TState>, also when the package is not referenced (an error type).
                if (baseType.Name == "Grain" || IsOneOf(baseType, s_singleUserBases) || IsUserInterfaceElement(baseType))
                {
                    return true;
                }
            }

            foreach (var implemented in current.AllInterfaces)
            {
                if (implemented is { Name: "IEnumerator", ContainingNamespace: { Name: "Collections" or "Generic" } }
                    || implemented is { Name: "IGrainBase", ContainingNamespace.Name: "Orleans" })
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A field of a struct reached through a local or a parameter (<c>state.first++</c> on a tuple in a
    /// lambda): a copy that belongs to this call alone.
    /// </summary>
    public static bool IsLocalCopy(IFieldReferenceOperation reference) =>
        reference.Field.ContainingType is { IsValueType: true }
        && reference.Instance is ILocalReferenceOperation or IParameterReferenceOperation { Parameter.RefKind: RefKind.None };

    /// <summary>
    /// True when <paramref name="containing"/> is a private method (or a member of a private nested type) and
    /// every call to it in its outermost type is inside a <c>lock</c>, or inside a <c>try</c> whose
    /// <c>finally</c> releases a lock, or inside another such private method whose own calls are (two levels
    /// up at most): the <c>..._NeedsLock</c> helpers, and a private queue class that its owner only touches
    /// under the owner's lock. Calls are found by name in the source, then the ones the compiler binds to another
    /// method are set aside: the owner's <c>cache.Add(...)</c> under its lock is the private type's <c>Add</c>, its
    /// <c>names.Add(...)</c> outside the lock is a list's, and only the first one counts. A call the compiler cannot
    /// bind (code whose packages are missing) still counts, and so does an overload called without the lock.
    /// </summary>
    public static bool CallersHoldLock(ISymbol? containing, Compilation compilation, CancellationToken cancellationToken)
    {
        if (containing is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method || !IsPrivate(method))
        {
            return false;
        }

        var outermost = method.ContainingType;
        while (outermost.ContainingType is not null)
        {
            outermost = outermost.ContainingType;
        }

        var roots = new List<SyntaxNode>();
        foreach (var reference in outermost.DeclaringSyntaxReferences)
        {
            roots.Add(reference.GetSyntax(cancellationToken));
        }

        return AllCallsLocked(roots, method.Name, new CallBinder(compilation, method, cancellationToken), depth: 0);
    }

    private static bool AllCallsLocked(List<SyntaxNode> roots, string name, CallBinder binder, int depth)
    {
        var calls = 0;
        foreach (var root in roots)
        {
            foreach (var node in root.DescendantNodes())
            {
                if (node is not InvocationExpressionSyntax invocation || CalledName(invocation.Expression) != name
                    || depth == 0 && binder.CallsAnotherMethod(invocation))
                {
                    continue;
                }

                calls++;
                if (IsInsideLock(invocation))
                {
                    continue;
                }

                // Called from another private helper: that one's callers may hold the lock.
                if (depth >= 2 || EnclosingPrivateMethod(invocation) is not { } caller
                    || caller.Identifier.ValueText == name || !AllCallsLocked(roots, caller.Identifier.ValueText, binder, depth + 1))
                {
                    return false;
                }
            }
        }

        return calls > 0;
    }

    /// <summary>The method a call is written in, when it is private by its modifiers or by a private nested type around it.</summary>
    private static MethodDeclarationSyntax? EnclosingPrivateMethod(SyntaxNode call)
    {
        for (var current = call.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return null;
                case MethodDeclarationSyntax declaration:
                    return IsPrivateSyntax(declaration.Modifiers) || IsInPrivateNestedType(declaration) ? declaration : null;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static bool IsPrivateSyntax(SyntaxTokenList modifiers)
    {
        foreach (var modifier in modifiers)
        {
            if (modifier.IsKind(SyntaxKind.PublicKeyword) || modifier.IsKind(SyntaxKind.InternalKeyword) || modifier.IsKind(SyntaxKind.ProtectedKeyword))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInPrivateNestedType(SyntaxNode member)
    {
        for (var type = member.Parent as TypeDeclarationSyntax; type?.Parent is TypeDeclarationSyntax; type = type.Parent as TypeDeclarationSyntax)
        {
            if (IsPrivateSyntax(type.Modifiers))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPrivate(IMethodSymbol method)
    {
        if (method.DeclaredAccessibility == Accessibility.Private)
        {
            return true;
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.DeclaredAccessibility == Accessibility.Private)
            {
                return true;
            }
        }

        return false;
    }

    private static string? CalledName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Inside a <c>lock</c> or a lock-releasing <c>try</c> of the same method, lambda or local function.</summary>
    private static bool IsInsideLock(SyntaxNode call)
    {
        SyntaxNode child = call;
        for (var current = call.Parent; current is not null; child = current, current = current.Parent)
        {
            switch (current)
            {
                case LockStatementSyntax lockStatement when child == lockStatement.Statement:
                    return true;
                case TryStatementSyntax { Finally: { } release } attempt when child == attempt.Block && ReleasesLock(release):
                    return true;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private static bool ReleasesLock(FinallyClauseSyntax release)
    {
        foreach (var node in release.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax invocation
                && CalledName(invocation.Expression) is "Exit" or "Release" or "ExitWriteLock" or "ExitUpgradeableReadLock" or "ReleaseMutex")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUserInterfaceElement(INamedTypeSymbol baseType) =>
        IsOneOf(baseType, s_userInterfaceBases)
        || baseType.TypeKind == TypeKind.Error && s_unboundUserInterfaceBases.Contains(baseType.Name);

    private static bool IsOneOf(INamedTypeSymbol type, (string Namespace, string Name)[] candidates)
    {
        foreach (var (ns, name) in candidates)
        {
            if (type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tells a call of the method being judged from a call of another method of the same name. Asked only for a step
    /// that would otherwise be reported, and only for calls that already match by name: one semantic model per tree.
    /// </summary>
    private sealed class CallBinder(Compilation compilation, IMethodSymbol method, CancellationToken cancellationToken)
    {
        private readonly SemanticModels _models = new(compilation);

        public bool CallsAnotherMethod(InvocationExpressionSyntax invocation) =>
            _models.For(invocation.SyntaxTree)?.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol called
            && !SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, method.OriginalDefinition)
            && !SymbolEqualityComparer.Default.Equals(called.ReducedFrom?.OriginalDefinition, method.OriginalDefinition);
    }
}
