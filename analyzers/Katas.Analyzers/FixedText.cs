using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// The text a string value always has though C# does not call it a constant: a <c>static readonly</c> field's or a
/// get-only property's literal, a local that is never assigned again after its initializer
/// (<c>var configFile = "/etc/morenote/config.json"; File.Exists(configFile)</c>), and <c>Path.Combine</c> or
/// <c>Path.Join</c> of such texts (<c>Path.Combine("/etc/p1monitor/", "appsettings.json")</c>). Code keeps a path in a
/// variable to name it, not to change it; the rules read what the name holds.
/// </summary>
internal static class FixedText
{
    // How many names or joins deep a text is followed: a local holding Path.Combine of a local holding a literal is 3.
    private const int MaxDepth = 4;

    /// <summary>The value's text: its constant, or what <see cref="FixedText"/> follows; null when it may vary.</summary>
    public static string? Of(IOperation value, CancellationToken cancellationToken) => Of(value, 0, cancellationToken);

    /// <summary>
    /// The literal a <c>static readonly string</c> field or a get-only auto-property was initialized with
    /// (<c>static readonly string Backend = "http://10.0.0.5:8080/";</c>): a constant in all but name.
    /// </summary>
    public static string? ReadOnlyLiteral(IOperation value, CancellationToken cancellationToken)
    {
        var member = value switch
        {
            IFieldReferenceOperation { Field: { IsReadOnly: true, IsConst: false, Type.SpecialType: SpecialType.System_String } field } => (ISymbol)field,
            IPropertyReferenceOperation { Property: { IsReadOnly: true, IsIndexer: false, Type.SpecialType: SpecialType.System_String } property } => property,
            _ => null,
        };

        if (member is null || member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var initializer = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax { AccessorList.Accessors: { Count: 1 } accessors } property
                when accessors[0] is { Body: null, ExpressionBody: null } => property.Initializer?.Value,
            _ => null,
        };

        return initializer is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
    }

    private static string? Of(IOperation value, int depth, CancellationToken cancellationToken)
    {
        if (value.ConstantValue is { HasValue: true, Value: string text })
        {
            return text;
        }

        if (depth >= MaxDepth)
        {
            return null;
        }

        return ImplicitConversions.Unwrap(value) switch
        {
            ILocalReferenceOperation { Local: { IsConst: false, IsRef: false, Type.SpecialType: SpecialType.System_String } local } reference =>
                NeverReassignedLocal(local, reference, depth, cancellationToken),
            IFieldReferenceOperation or IPropertyReferenceOperation => ReadOnlyLiteral(ImplicitConversions.Unwrap(value), cancellationToken),
            IInvocationOperation { TargetMethod: { Name: "Combine" or "Join", ContainingType: { Name: "Path", ContainingNamespace: { Name: "IO", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } } } join =>
                Joined(join, depth, cancellationToken),
            _ => null,
        };
    }

    /// <summary>The initializer's text of a local that nothing in its scope assigns, passes by reference or steps.</summary>
    private static string? NeverReassignedLocal(ILocalSymbol local, IOperation reference, int depth, CancellationToken cancellationToken)
    {
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax { Parent: { } scope }
            || reference.SemanticModel is not { } model
            || model.GetOperation(initializer, cancellationToken) is not { } initialValue
            || Of(initialValue, depth + 1, cancellationToken) is not { } text)
        {
            return null;
        }

        // Top-level statements: every global statement is one scope.
        var scopeNode = scope is GlobalStatementSyntax { Parent: { } unit } ? unit : scope;
        foreach (var node in scopeNode.DescendantNodes())
        {
            if (node is IdentifierNameSyntax name && name.Identifier.ValueText == local.Name && IsWritten(name)
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local))
            {
                return null;
            }
        }

        return text;
    }

    /// <summary>
    /// The name is assigned (<c>path = ...</c>, <c>path ??= ...</c>, <c>(path, other) = ...</c>), passed by <c>ref</c> or
    /// <c>out</c>, taken by reference (<c>ref path</c>) or stepped.
    /// </summary>
    private static bool IsWritten(ExpressionSyntax name)
    {
        SyntaxNode node = name;
        while (node.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax tuple })
        {
            node = tuple;
        }

        return node.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == node,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            RefExpressionSyntax => true,
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
            _ => false,
        };
    }

    /// <summary>
    /// <c>Path.Combine</c> and <c>Path.Join</c> of fixed texts, joined as they join them: a separator between parts that
    /// have none (the path's own kind, <c>\</c> after a Windows drive or share), and for <c>Combine</c> a rooted part
    /// starting the path again.
    /// </summary>
    private static string? Joined(IInvocationOperation join, int depth, CancellationToken cancellationToken)
    {
        string? path = null;
        foreach (var argument in join.Arguments)
        {
            // Path.Combine(string[]): the parts of a params array written in place.
            var parts = argument.Value is IArrayCreationOperation { Initializer.ElementValues: var elements } ? elements : ImmutableArray.Create(argument.Value);
            foreach (var part in parts)
            {
                if (Of(part, depth + 1, cancellationToken) is not { } text)
                {
                    return null;
                }

                path = path is null || (join.TargetMethod.Name == "Combine" && IsRooted(text)) ? text : Append(path, text);
            }
        }

        return path;
    }

    private static string Append(string path, string part)
    {
        if (part.Length == 0)
        {
            return path;
        }

        if (path.Length == 0 || path[path.Length - 1] is '/' or '\\' || part[0] is '/' or '\\')
        {
            return path + part;
        }

        var windows = path.Length >= 2 && path[1] == ':' || path.StartsWith(@"\\", System.StringComparison.Ordinal);
        return path + (windows ? '\\' : '/') + part;
    }

    private static bool IsRooted(string part) =>
        part.Length > 0 && (part[0] is '/' or '\\' || part.Length >= 2 && part[1] == ':');
}
