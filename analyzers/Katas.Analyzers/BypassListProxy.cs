using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// A <c>WebProxy</c> kept only to match addresses against a bypass list (SPOF001): titanium-web-proxy's
/// <c>Proxy = new WebProxy(new Uri("http://localhost"), BypassOnLocal, pi.BypassList)</c>, of which the one read is
/// <c>Proxy?.IsBypassed(destination)</c>. <c>IsBypassed</c> compares the destination with the list and never
/// connects, so the proxy's address is a placeholder that no request goes through.
/// </summary>
internal static class BypassListProxy
{
    /// <summary>
    /// True when <paramref name="creation"/> (a <c>new WebProxy(...)</c>) is stored in a local, or in a private field
    /// or property, that is read only as <c>x.IsBypassed(...)</c> or <c>x?.IsBypassed(...)</c>. Read from the syntax:
    /// the store may be in one method and the reads in another.
    /// </summary>
    public static bool OnlyAskedIsBypassed(IOperation creationOperation, CancellationToken cancellationToken)
    {
        var creation = creationOperation.Syntax;
        if (!IsWebProxy(creation) || StoreOf(creationOperation) is not { } store)
        {
            return false;
        }

        SyntaxNode? scope = store switch
        {
            ILocalSymbol => creation.FirstAncestorOrSelf<MemberDeclarationSyntax>(),
            IFieldSymbol { DeclaredAccessibility: Accessibility.Private } or IPropertySymbol { DeclaredAccessibility: Accessibility.Private }
                when store.ContainingType.DeclaringSyntaxReferences.Length == 1 =>
                store.ContainingType.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken),
            _ => null,
        };
        if (scope is null)
        {
            return false;
        }

        var reads = scope.DescendantNodes()
            .OfType<IdentifierNameSyntax>()
            .Where(name => name.Identifier.ValueText == store.Name && !IsOtherObjectsMember(name, store) && !IsStoredInto(name))
            .ToList();
        return reads.Count > 0 && reads.All(IsAskedIsBypassed);
    }

    /// <summary>Where the new proxy is kept: <c>Proxy = new WebProxy(...)</c>, <c>var proxy = new WebProxy(...)</c>, a field's initializer.</summary>
    private static ISymbol? StoreOf(IOperation creation)
    {
        var value = creation;
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        return value.Parent switch
        {
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == value => local.Local,
            ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation } member } assignment when assignment.Value == value => member.Member,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            IFieldInitializerOperation { InitializedFields: { Length: 1 } fields } => fields[0],
            IPropertyInitializerOperation { InitializedProperties: { Length: 1 } properties } => properties[0],
            _ => null,
        };
    }

    private static bool IsWebProxy(SyntaxNode creation) =>
        creation is ObjectCreationExpressionSyntax { Type: var type }
        && (type is QualifiedNameSyntax qualified ? qualified.Right : type) is IdentifierNameSyntax { Identifier.ValueText: "WebProxy" };

    /// <summary>
    /// <c>request.Proxy</c>, <c>session?.Proxy</c>: a member of the same name on another object (titanium-web-proxy
    /// reads <c>webRequest.Proxy</c> beside its own <c>Proxy</c>), which is not the stored proxy. <c>this.Proxy</c>, and a
    /// static store read through its own type (<c>Finder.Proxy</c>), are.
    /// </summary>
    private static bool IsOtherObjectsMember(IdentifierNameSyntax name, ISymbol store) => name.Parent switch
    {
        MemberAccessExpressionSyntax member when member.Name == name => member.Expression switch
        {
            ThisExpressionSyntax => false,
            IdentifierNameSyntax type when store.IsStatic => type.Identifier.ValueText != store.ContainingType.Name,
            _ => true,
        },
        MemberBindingExpressionSyntax => true,
        _ => false,
    };

    /// <summary><c>Proxy = new WebProxy(...)</c>, <c>this.Proxy = ...</c>: a write, not a read.</summary>
    private static bool IsStoredInto(IdentifierNameSyntax name)
    {
        var target = OwnMember(name);
        return target.Parent is AssignmentExpressionSyntax { Left: var left } assignment
            && left == target
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression);
    }

    /// <summary><c>Proxy.IsBypassed(destination)</c>, <c>Proxy?.IsBypassed(destination)</c>.</summary>
    private static bool IsAskedIsBypassed(IdentifierNameSyntax name)
    {
        var read = OwnMember(name);
        return read.Parent switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsBypassed", Parent: InvocationExpressionSyntax } member => member.Expression == read,
            ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "IsBypassed" } } } access =>
                access.Expression == read,
            _ => false,
        };
    }

    /// <summary><c>this.Proxy</c> as a whole; another object's <c>other.Proxy</c> is left as it is and so is no bypass read.</summary>
    private static ExpressionSyntax OwnMember(IdentifierNameSyntax name) =>
        name.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } member && member.Name == name ? member : name;
}
