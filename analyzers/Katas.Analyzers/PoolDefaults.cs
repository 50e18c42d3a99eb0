using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// Where a pool of one is a default that the caller replaces (SPOF002): a settings type that starts from one server
/// (<c>localhost</c>) and lets its user set the real list, and a method that uses one server when its caller gave no
/// options. How many servers there are is decided by that caller or its configuration, not where the default is
/// written; SPOF001 treats a default that configuration replaces the same way.
/// </summary>
internal static class PoolDefaults
{
    /// <summary>
    /// True when <paramref name="member"/>, given its value in a constructor or an initializer, can be set again by
    /// the type's users: a property with a setter or <c>init</c> that is not private, or a field that such a property's
    /// setter writes (<c>MongoClientSettings() { _servers = new List&lt;MongoServerAddress&gt; { new("localhost") }; }</c>
    /// beside <c>public IEnumerable&lt;MongoServerAddress&gt; Servers { set { _servers = ...; } }</c>); or by the type
    /// itself once it is built (<see cref="IsWrittenAfterConstruction"/>). A field or a get-only property that only a
    /// constructor writes holds what the type fixes.
    /// </summary>
    public static bool CanBeReplaced(ISymbol member) => member switch
    {
        IPropertySymbol property => IsSettableFromOutside(property) || IsWrittenAfterConstruction(property),
        IFieldSymbol field => field.ContainingType.GetMembers().OfType<IPropertySymbol>().Any(property => IsSettableFromOutside(property) && Writes(property, field))
            || IsWrittenAfterConstruction(field),
        _ => false,
    };

    /// <summary>
    /// True when code of the member's own type other than its constructors assigns it (or passes it by <c>ref</c>):
    /// the constructor's value is where the type starts, and the type replaces it as it learns more. EventStoreDB's
    /// elections start with <c>_servers = new[] { MemberInfo.ForVNode(...) }</c>, the node itself, and take the gossip's
    /// members when they come (<c>_servers = message.ClusterInfo.Members...</c>). Read by name in the type's own
    /// declarations, as C# allows no other type to assign a private member.
    /// </summary>
    private static bool IsWrittenAfterConstruction(ISymbol member) =>
        member.ContainingType.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax().DescendantNodes().Any(node => node switch
        {
            AssignmentExpressionSyntax assignment => Names(assignment.Left, member) && !IsInConstructor(assignment),
            ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument => Names(argument.Expression, member) && !IsInConstructor(argument),
            _ => false,
        }));

    /// <summary>True in a constructor's own code; a lambda or local function there runs later, as a method does.</summary>
    private static bool IsInConstructor(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return false;
                case MemberDeclarationSyntax declaration:
                    return declaration is ConstructorDeclarationSyntax;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the collection is the value used when a parameter was not given:
    /// <c>options ?? new ElasticsearchSinkOptions(new[] { new Uri(DefaultNodeUri) })</c>, <c>servers ??= [localhost]</c>,
    /// and the same written as a statement, <c>if (options == null) { options = new SinkOptions([localhost]); }</c>.
    /// </summary>
    public static bool IsForMissingArgument(IOperation value)
    {
        IParameterSymbol? assignedParameter = null;
        for (IOperation? child = value, parent = value.Parent;
             parent is not null && parent is not (IMethodBodyBaseOperation or IAnonymousFunctionOperation or ILocalFunctionOperation);
             child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case ICoalesceOperation { Value: var given, WhenNull: var fallback } when fallback == child && ParameterOf(given) is not null:
                case ICoalesceAssignmentOperation { Target: var target, Value: var assigned } when assigned == child && ParameterOf(target) is not null:
                    return true;
                case ISimpleAssignmentOperation { Target: var target, Value: var assigned } when assigned == child:
                    assignedParameter = ParameterOf(target);
                    break;
                case IConditionalOperation { Condition: var condition, WhenTrue: var whenTrue } when whenTrue == child && assignedParameter is not null:
                    return IsNullCheckOf(condition, assignedParameter);
            }
        }

        return false;
    }

    /// <summary><c>p == null</c>, <c>null == p</c> or <c>p is null</c>.</summary>
    private static bool IsNullCheckOf(IOperation condition, IParameterSymbol parameter) => condition switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals, LeftOperand: var left, RightOperand: var right } =>
            IsNull(right) && SymbolEqualityComparer.Default.Equals(ParameterOf(left), parameter)
            || IsNull(left) && SymbolEqualityComparer.Default.Equals(ParameterOf(right), parameter),
        IIsPatternOperation { Value: var tested, Pattern: IConstantPatternOperation { Value: var constant } } =>
            IsNull(constant) && SymbolEqualityComparer.Default.Equals(ParameterOf(tested), parameter),
        _ => false,
    };

    private static bool IsNull(IOperation operation) => ImplicitConversions.Unwrap(operation).ConstantValue is { HasValue: true, Value: null };

    private static IParameterSymbol? ParameterOf(IOperation operation) => (ImplicitConversions.Unwrap(operation) as IParameterReferenceOperation)?.Parameter;

    private static bool IsSettableFromOutside(IPropertySymbol property) =>
        property.SetMethod is { DeclaredAccessibility: not Accessibility.Private } && !property.IsStatic;

    /// <summary>True when the property's setter assigns the field, by name: the setter is in the same type.</summary>
    private static bool Writes(IPropertySymbol property, IFieldSymbol field) =>
        property.SetMethod!.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax().DescendantNodes()
            .OfType<AssignmentExpressionSyntax>()
            .Any(assignment => Names(assignment.Left, field)));

    /// <summary><c>_servers</c> or <c>this._servers</c>: how code of the member's own type names it.</summary>
    private static bool Names(ExpressionSyntax target, ISymbol member) => target switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText == member.Name,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var name } => name.Identifier.ValueText == member.Name,
        _ => false,
    };
}
