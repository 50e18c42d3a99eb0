using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF002: a collection of exactly one element given as the members of a pool, balancer, upstream,
/// cluster or replica set: <c>new RoundRobinBalancer([primary])</c>, <c>Backends = new[] { web1 }</c>.
/// A pool of one has nowhere to send traffic when its member fails.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SingleBackendPoolAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor =
        Rule.Create(RuleIdentifiers.SingleBackendPool, RuleCategories.Reliability, DiagnosticSeverity.Warning);

    // Parameters and properties that hold the members of a pool. Not "addresses": it names the clients an IP set
    // or allow-list lets in (a WAF IP set's Addresses), mail recipients and listen addresses as often as servers.
    private static readonly NameSet s_membersName = new(
        "backends", "destinations", "endpoints", "upstreams", "replicas", "servers", "nodes", "pool", "members", "hosts", "instances", "peers");

    // Types whose constructor takes the members of a pool, whatever the parameter is called.
    private static readonly string[] s_poolTypeEnding = ["Balancer", "Pool", "Upstream", "ReplicaSet", "Cluster"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SpofOptions.SkipsProject(start.Compilation, start.Options, Descriptor.Id)
                || SpofOptions.SkipsDesktopApplication(start.Compilation, start.Options, Descriptor.Id, reportsByDefault: true))
            {
                return;
            }

            var application = new ApplicationTypes(start.Compilation);
            start.RegisterOperationAction(context => AnalyzeArgument(context, application), OperationKind.Argument);
            start.RegisterOperationAction(context => AnalyzeAssignment(context, application), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(context => AnalyzeMemberInitializer(context, application), OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
            start.RegisterOperationAction(context => AnalyzeCollectionInitializer(context, application), OperationKind.MemberInitializer);
        });
    }

    /// <summary><c>private Uri[] _backends = [web1];</c> and <c>public Uri[] Backends { get; } = [web1];</c></summary>
    private static void AnalyzeMemberInitializer(OperationAnalysisContext context, ApplicationTypes application)
    {
        var (symbol, member, type, value) = context.Operation switch
        {
            IFieldInitializerOperation { InitializedFields.Length: > 0 } f => (f.InitializedFields[0], f.InitializedFields[0].Name.TrimStart('_'), f.InitializedFields[0].Type, f.Value),
            IPropertyInitializerOperation { InitializedProperties.Length: > 0 } p => ((ISymbol)p.InitializedProperties[0], p.InitializedProperties[0].Name, p.InitializedProperties[0].Type, p.Value),
            _ => (null, null, null, null),
        };

        if (member is not null && value is not null && s_membersName.Contains(member) && IsCollection(type!) && !IsAttribute(context.ContainingSymbol?.ContainingType)
            && IsSingle(value) && PoolReceiver.Sends(symbol!.ContainingType, application) && !PoolDefaults.CanBeReplaced(symbol))
        {
            ReportIfSingle(context, value, member);
        }
    }

    /// <summary>
    /// A member's own collection filled in an object initializer: <c>new ConfigurationOptions { EndPoints = { "redis-1:6379" } }</c>,
    /// <c>new ClusterConfig { Destinations = { { "d1", destination } } }</c>. No new collection is written, but the one
    /// entry is the pool all the same.
    /// </summary>
    private static void AnalyzeCollectionInitializer(OperationAnalysisContext context, ApplicationTypes application)
    {
        var initializer = (IMemberInitializerOperation)context.Operation;
        var (member, name, type) = MemberOf(initializer.InitializedMember);

        if (member is not null && initializer.Initializer.Initializers.Length == 1 && s_membersName.Contains(name!.TrimStart('_'))
            && IsCollection(type!) && !IsAttribute(member.ContainingType) && PoolReceiver.Sends(member.ContainingType, application))
        {
            ReportIfSingle(context, initializer.Initializer, name);
        }
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, ApplicationTypes application)
    {
        var argument = (IArgumentOperation)context.Operation;

        // Most arguments are variables and literals: leave before looking at any symbol. Names are cheaper
        // to test than a type's interfaces, so they come first.
        if (!MayBeWrittenInPlace(argument.Value) || argument.Parameter is not { } parameter)
        {
            return;
        }

        // One value given to a params parameter (new KestrelHttpService(..., NodeInfo.HttpEndPoint), new
        // IngressHostMetadata(rule.Host)): the caller wrote no collection, and the method says by its params that one
        // is a usual count (listen addresses, host names to match, the members a gossip starts with). A pool type's
        // constructor is still read: new RoundRobinBalancer(web1) is a balancer of one however it is declared.
        var poolConstructor = argument.Parent is IObjectCreationOperation { Type: { } created } && IsPoolType(created.Name);
        if ((poolConstructor || s_membersName.Contains(parameter.Name) && argument.ArgumentKind != ArgumentKind.ParamArray)
            && IsCollection(parameter.Type) && !IsAttribute(parameter.ContainingSymbol?.ContainingType) && PoolReceiver.Sends(argument.Parent, application))
        {
            ReportIfSingle(context, argument.Value, parameter.Name, OverloadFor(context, argument.Parent));
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, ApplicationTypes application)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        var (member, name, type) = MemberOf(assignment.Target);

        if (member is null || !s_membersName.Contains(name!.TrimStart('_')) || !IsCollection(type!) || IsAttribute(member.ContainingType)
            || !PoolReceiver.Sends(member.ContainingType, application))
        {
            return;
        }

        // A constructor that gives its own type's member a value users can set again is writing a default.
        var own = OwnMemberWriter(context, assignment);
        if (own is not { MethodKind: MethodKind.Constructor } || IsSingle(assignment.Value) && !PoolDefaults.CanBeReplaced(member))
        {
            ReportIfSingle(context, assignment.Value, name, own);
        }
    }

    /// <summary>The property or field an assignment or an initializer writes, with its name and type.</summary>
    private static (ISymbol? Member, string? Name, ITypeSymbol? Type) MemberOf(IOperation target) => target switch
    {
        IPropertyReferenceOperation { Property: var property } => (property, property.Name, property.Type),
        IFieldReferenceOperation { Field: var field } => (field, field.Name, field.Type),
        _ => (null, null, null),
    };

    /// <summary>
    /// The constructor or property setter an assignment to its own type's member is in (<c>Members = new[] { row };</c>,
    /// <c>Server { set { _servers = new List&lt;MongoServerAddress&gt; { value }; } }</c>), or null.
    /// </summary>
    private static IMethodSymbol? OwnMemberWriter(OperationAnalysisContext context, ISimpleAssignmentOperation assignment) =>
        context.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.PropertySet } writer
        && assignment.Target is IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation } target
        && SymbolEqualityComparer.Default.Equals(target.Member.ContainingType, writer.ContainingType)
            ? writer
            : null;

    /// <summary>
    /// The method an argument is passed on from when the call is an overload of it (<c>Host(string server) =>
    /// Host(new[] { server })</c>, <c>: this(new[] { only })</c>) or creates the method's own type
    /// (<c>static Pool Of(Uri only) => new Pool([only])</c>), or null.
    /// </summary>
    private static IMethodSymbol? OverloadFor(OperationAnalysisContext context, IOperation? call) =>
        context.ContainingSymbol is IMethodSymbol method
        && call switch
        {
            IInvocationOperation invocation => invocation.TargetMethod.Name == method.Name,
            IObjectCreationOperation creation => SymbolEqualityComparer.Default.Equals(creation.Type, method.ContainingType),
            _ => false,
        }
            ? method
            : null;

    /// <summary>
    /// An attribute describes code: its <c>Members</c> or <c>Nodes</c> are names of members and syntax
    /// (<c>MemberNotNullAttribute(string member) { Members = [member]; }</c>), never servers.
    /// </summary>
    private static bool IsAttribute(INamedTypeSymbol? type)
    {
        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (current is { Name: "Attribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayBeWrittenInPlace(IOperation value) =>
        ImplicitConversions.Unwrap(value) is IArrayCreationOperation or IObjectCreationOperation or IInvocationOperation
        || value.Syntax is CollectionExpressionSyntax;

    private static void ReportIfSingle(OperationAnalysisContext context, IOperation value, string name, IMethodSymbol? overload = null)
    {
        if (SingleElement(ImplicitConversions.Unwrap(value)) is { } element && !IsParameterOf(overload, element, value) && !IsLoopVariable(element, value)
            && !GivenMember.Is(element, value.SemanticModel, context.CancellationToken)
            && PoolMember.CouldBeAServer(element, value.SemanticModel, s_membersName) && !PoolDefaults.IsForMissingArgument(value)
            && !PoolMember.IsInOneByDesignType(context.ContainingSymbol) && !LoadBalancerAddress.IsBesideAnAddressResolver(value))
        {
            // A params array the compiler makes has the call for its syntax: point at the one value instead.
            var location = ImplicitConversions.Unwrap(value) is IArrayCreationOperation { IsImplicit: true } ? element.GetLocation() : value.Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Descriptor, location, name, element.ToString()));
        }
    }

    /// <summary>
    /// The one item is the parameter of a constructor that fills its own type's member with it
    /// (<c>MembershipTableData(Tuple&lt;MembershipEntry, string&gt; row, ...) { Members = new[] { row }; }</c>, the
    /// result of reading one row), the value of a property setter that does (a singular <c>Server</c> beside
    /// <c>Servers</c>), or of a method that passes it on to its overload for many
    /// (<c>Host(string server) => Host(new[] { server })</c>): an overload for callers that have one item. How
    /// many members there are is decided where it is called, not here.
    /// </summary>
    private static bool IsParameterOf(IMethodSymbol? overload, SyntaxNode element, IOperation value) =>
        overload is not null
        && value.SemanticModel?.GetSymbolInfo(element).Symbol is IParameterSymbol parameter
        && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, overload);

    /// <summary>
    /// The one item is the variable of a <c>foreach</c> over the members (<c>foreach (var server in servers)
    /// { await QueryServerAsync(new[] { server }, ...); }</c>): the collection of one is how the loop asks one
    /// member at a time, and the loop itself reaches the others.
    /// </summary>
    private static bool IsLoopVariable(SyntaxNode element, IOperation value) =>
        value.SemanticModel?.GetSymbolInfo(element).Symbol is ILocalSymbol { DeclaringSyntaxReferences: { Length: 1 } declarations }
        && declarations[0].GetSyntax() is ForEachStatementSyntax;

    /// <summary>
    /// True for a collection of one written in place: tested before what reads more than the value (the member's
    /// other writers in the whole type), as most collections under a pool's name have more or fewer.
    /// </summary>
    private static bool IsSingle(IOperation value) => SingleElement(ImplicitConversions.Unwrap(value)) is not null;

    /// <summary>
    /// The only element of a collection written in place, or null when it has more, fewer, or is not
    /// written in place (a variable may be filled elsewhere).
    /// </summary>
    private static SyntaxNode? SingleElement(IOperation value)
    {
        switch (value)
        {
            case IArrayCreationOperation { Initializer.ElementValues: { Length: 1 } elements }:
                return elements[0].Syntax;

            case IObjectCreationOperation { Initializer: { } initializer }:
                return OnlyEntry(initializer);

            case IObjectOrCollectionInitializerOperation initializer:
                return OnlyEntry(initializer);

            case IInvocationOperation { TargetMethod: { Name: "Create", ContainingType.Name: "ImmutableArray" or "ImmutableList" }, Arguments: { Length: 1 } arguments }:
                return arguments[0].Value is IArrayCreationOperation { IsImplicit: true, Initializer.ElementValues: var values }
                    ? values.Length == 1 ? values[0].Syntax : null
                    : arguments[0].Parameter?.Type is IArrayTypeSymbol ? null : arguments[0].Value.Syntax;
        }

        // A collection expression, [web1]: Microsoft.CodeAnalysis 4.8 has no operation for it, so the
        // syntax tells.
        return value.Syntax is CollectionExpressionSyntax { Elements: { Count: 1 } elementsSyntax } && elementsSyntax[0] is ExpressionElementSyntax single
            ? single.Expression
            : null;
    }

    /// <summary>
    /// The one entry a collection initializer adds: <c>{ web1 }</c>, or the value of a dictionary's one entry
    /// (<c>{ { "d1", new DestinationConfig { Address = ... } } }</c>, <c>{ ["d1"] = ... }</c>: a YARP cluster's
    /// <c>Destinations</c>, keyed by name).
    /// </summary>
    private static SyntaxNode? OnlyEntry(IObjectOrCollectionInitializerOperation initializer)
    {
        if (initializer.Initializers.Length != 1)
        {
            return null;
        }

        return initializer.Initializers[0] switch
        {
            IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add => add.Arguments[0].Value.Syntax,
            IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add when IsDictionary(initializer.Type) => add.Arguments[1].Value.Syntax,
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } } entry when IsDictionary(initializer.Type) => entry.Value.Syntax,
            _ => null,
        };
    }

    private static bool IsDictionary(ITypeSymbol? type) =>
        type is not null && (IsDictionaryInterface(type) || type.AllInterfaces.Any(IsDictionaryInterface));

    private static bool IsDictionaryInterface(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "IDictionary" or "IReadOnlyDictionary", Arity: 2, ContainingNamespace.Name: "Generic" };

    private static bool IsCollection(ITypeSymbol type) =>
        type.SpecialType != SpecialType.System_String && PoolMember.IsCollection(type) && !DescribesThisApplication(type);

    /// <summary>
    /// ASP.NET Core's endpoints (<c>new CandidateSet(new[] { endpoint }, ...)</c>, <c>EndpointDataSource</c>): the
    /// routes of one application, matched within one process, not servers to spread traffic over. And the servers
    /// of an OpenAPI document (<c>swagger.Servers = new List&lt;OpenApiServer&gt; { new() { Url = ... } }</c>, with
    /// Swashbuckle, NSwag or Scalar): a description of where this application's API can be reached, shown to a
    /// reader.
    /// </summary>
    private static bool DescribesThisApplication(ITypeSymbol type)
    {
        var element = type switch
        {
            IArrayTypeSymbol array => array.ElementType,
            INamedTypeSymbol { TypeArguments.Length: 1 } named => named.TypeArguments[0],
            _ => null,
        };

        // The outermost namespace and the one inside it (Microsoft and OpenApi for Microsoft.OpenApi.Models),
        // found without building the name: this runs for every collection given to a pool's name.
        INamespaceSymbol? outer = null, second = null;
        for (var ns = element?.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            (second, outer) = (outer, ns);
        }

        return (outer?.Name, second?.Name) switch
        {
            ("Microsoft", "AspNetCore" or "OpenApi") => true,
            ("NSwag", _) => true,
            ("Scalar", "AspNetCore") => true,
            _ => false,
        };
    }

    private static bool IsPoolType(string name)
    {
        foreach (var ending in s_poolTypeEnding)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
