using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF003: a call with no timeout of its own, which a server that stopped answering holds 100 s by default, or forever:
/// <list type="bullet">
/// <item>an <c>HttpClient</c> whose <c>Timeout</c> is never set in its type (the default is 100 s) or is set to infinite;</item>
/// <item>in probing code, an HTTP request sent without a <c>CancellationToken</c> on a client whose timeout is never set.</item>
/// </list>
/// A health check that hangs with its target reports nothing at all: the failure it exists to see.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingTimeoutAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property that tells the code fix what to change.</summary>
    public const string KindProperty = "Kind";

    /// <summary><c>new HttpClient(...)</c> with no timeout: add one to its initializer.</summary>
    public const string KindCreation = "Creation";

    /// <summary><c>client.Timeout = Timeout.InfiniteTimeSpan</c>: replace the value.</summary>
    public const string KindInfinite = "Infinite";

    /// <summary>A request without a token: pass the one in scope.</summary>
    public const string KindCall = "Call";

    /// <summary>The name of a CancellationToken parameter in scope, for <see cref="KindCall"/>.</summary>
    public const string TokenProperty = "Token";

    internal static readonly DiagnosticDescriptor Descriptor =
        Rule.Create(RuleIdentifiers.MissingTimeout, RuleCategories.Reliability, DiagnosticSeverity.Warning);

    private static readonly ImmutableHashSet<string> s_requestMethods = ImmutableHashSet.Create(
        "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync",
        "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync", "SendAsync");

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

            var types = WellKnown.Resolve(start.Compilation);
            if (types is null)
            {
                return;
            }

            // Timeouts are often set in a constructor for a client created in a field initializer, so the
            // verdict on a client waits until its whole type has been seen.
            start.RegisterSymbolStartAction(symbolStart =>
            {
                var scope = new TypeScope();
                symbolStart.RegisterOperationAction(c => OnCreation(c, types, scope), OperationKind.ObjectCreation);
                symbolStart.RegisterOperationAction(c => OnAssignment(c, types, scope), OperationKind.SimpleAssignment);
                symbolStart.RegisterOperationAction(c => OnInvocation(c, types, scope), OperationKind.Invocation);
                symbolStart.RegisterSymbolEndAction(end => scope.Report(end));
            }, SymbolKind.NamedType);
        });
    }

    private static void OnCreation(OperationAnalysisContext context, WellKnown types, TypeScope scope)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (WellKnown.IsTokenSource(creation.Type) && creation.Arguments.Length > 0)
        {
            // new CancellationTokenSource(TimeSpan.FromSeconds(30)): a timer for what its token is given to.
            scope.SetsATimer = true;
            return;
        }

        if (!types.IsHttpClient(creation.Type))
        {
            return;
        }

        var timeout = creation.Initializer?.Initializers
            .OfType<ISimpleAssignmentOperation>()
            .FirstOrDefault(a => a.Target is IPropertyReferenceOperation { Property.Name: "Timeout" });
        var storedIn = AssignedSymbol(creation);
        if (timeout is not null)
        {
            // An infinite value is reported where it is assigned (OnAssignment).
            if (storedIn is not null)
            {
                scope.ClientsWithTimeout.TryAdd(storedIn, true);
            }

            return;
        }

        scope.Creations.Add((creation, storedIn));
    }

    private static void OnAssignment(OperationAnalysisContext context, WellKnown types, TypeScope scope)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "Timeout" } property
            || !types.IsHttpClient(property.Property.ContainingType))
        {
            return;
        }

        if (property.Instance is { } instance && ReferencedSymbol(instance) is { } client)
        {
            scope.ClientsWithTimeout.TryAdd(client, true);
        }

        if (IsInfinite(assignment.Value, types))
        {
            scope.Infinites.Add(assignment);
        }
    }

    private static void OnInvocation(OperationAnalysisContext context, WellKnown types, TypeScope scope)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name == "CancelAfter" && WellKnown.IsTokenSource(invocation.TargetMethod.ContainingType))
        {
            scope.SetsATimer = true;
            return;
        }

        if (!s_requestMethods.Contains(invocation.TargetMethod.Name)
            || !types.IsHttpClient(invocation.TargetMethod.ContainingType))
        {
            return;
        }

        if (PassesToken(invocation, types))
        {
            scope.RequestsTakeAToken = true;
            return;
        }

        if (!CodeContext.IsProbingCode(context.ContainingSymbol)
            || IsBoundedByWaitAsync(invocation, types))
        {
            return;
        }

        scope.Calls.Add((invocation, invocation.Instance is { } instance ? ReferencedSymbol(instance) : null, TokenInScope(invocation, context.ContainingSymbol, types)));
    }

    private static bool PassesToken(IInvocationOperation invocation, WellKnown types) =>
        invocation.Arguments.Any(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.Type, types.CancellationToken) && Passes(a, types));

    /// <summary>A token argument that can fire: not left out, not <c>default</c>, not <c>CancellationToken.None</c>.</summary>
    private static bool Passes(IArgumentOperation argument, WellKnown types) =>
        argument.ArgumentKind != ArgumentKind.DefaultValue
        && argument.Value is not IDefaultValueOperation
        && !(argument.Value is IPropertyReferenceOperation { Property.Name: "None" } none && SymbolEqualityComparer.Default.Equals(none.Property.ContainingType, types.CancellationToken));

    /// <summary>
    /// <c>client.GetAsync(target).WaitAsync(timeout)</c> (or a token that fires): the probe waits no longer
    /// than that, whatever the client does.
    /// </summary>
    private static bool IsBoundedByWaitAsync(IInvocationOperation invocation, WellKnown types)
    {
        var parent = invocation.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        return parent is IInvocationOperation { TargetMethod.Name: "WaitAsync" } wait
            && wait.Arguments.Any(a =>
                SymbolEqualityComparer.Default.Equals(a.Parameter?.Type, types.TimeSpan)
                || (SymbolEqualityComparer.Default.Equals(a.Parameter?.Type, types.CancellationToken) && Passes(a, types)));
    }

    /// <summary>
    /// The <c>CancellationToken</c> parameter the call can use: the innermost lambda's or local function's
    /// own, else the method's, unless a <c>static</c> lambda or local function lies between (it cannot
    /// capture the method's parameters: CS8421, CS8820).
    /// </summary>
    private static string? TokenInScope(IOperation call, ISymbol containingSymbol, WellKnown types)
    {
        for (var current = call.Parent; current is not null; current = current.Parent)
        {
            var function = current switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                ILocalFunctionOperation local => local.Symbol,
                _ => null,
            };

            if (function is null)
            {
                continue;
            }

            if (TokenParameter(function, types) is { } own)
            {
                return own;
            }

            if (function.IsStatic)
            {
                return null;
            }
        }

        return containingSymbol is IMethodSymbol method ? TokenParameter(method, types) : null;
    }

    private static string? TokenParameter(IMethodSymbol method, WellKnown types) =>
        method.Parameters.FirstOrDefault(p => p.RefKind == RefKind.None && SymbolEqualityComparer.Default.Equals(p.Type, types.CancellationToken))?.Name;

    private static bool IsInfinite(IOperation value, WellKnown types)
    {
        value = ImplicitConversions.Unwrap(value);
        return value switch
        {
            // Timeout.InfiniteTimeSpan, TimeSpan.MaxValue
            IFieldReferenceOperation { Field: { Name: "InfiniteTimeSpan" } field } => SymbolEqualityComparer.Default.Equals(field.ContainingType, types.Timeout),
            IFieldReferenceOperation { Field: { Name: "MaxValue" } field } => SymbolEqualityComparer.Default.Equals(field.ContainingType, types.TimeSpan),
            // TimeSpan.FromMilliseconds(-1), TimeSpan.FromMilliseconds(Timeout.Infinite)
            IInvocationOperation { TargetMethod.Name: "FromMilliseconds", Arguments: { Length: > 0 } arguments } =>
                arguments[0].Value.ConstantValue is { HasValue: true, Value: -1 or -1L or -1.0 },
            _ => false,
        };
    }

    /// <summary>The local, field or property a new client is stored in, or null when it goes elsewhere.</summary>
    private static ISymbol? AssignedSymbol(IOperation creation)
    {
        // factory is not null ? factory() : new HttpClient(), given ?? new HttpClient(): the variable holds this
        // client on one of the branches, and a timeout set through it holds for both.
        var parent = creation.Parent;
        while (parent is IConversionOperation { IsImplicit: true } or IConditionalOperation or ICoalesceOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            ICoalesceAssignmentOperation coalesce => ReferencedSymbol(coalesce.Target),
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            IFieldInitializerOperation field => field.InitializedFields.FirstOrDefault(),
            IPropertyInitializerOperation property => property.InitializedProperties.FirstOrDefault(),
            ISimpleAssignmentOperation assignment => ReferencedSymbol(assignment.Target),
            _ => null,
        };
    }

    private static ISymbol? ReferencedSymbol(IOperation operation) => ImplicitConversions.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    private static ImmutableDictionary<string, string?> Properties(string kind, string? token = null)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind);
        return token is null ? properties : properties.Add(TokenProperty, token);
    }

    /// <summary>What one type's members create, assign and call; judged when the type is done.</summary>
    private sealed class TypeScope
    {
        public ConcurrentBag<(IObjectCreationOperation Creation, ISymbol? StoredIn)> Creations { get; } = new();

        public ConcurrentBag<(IInvocationOperation Call, ISymbol? Client, string? Token)> Calls { get; } = new();

        public ConcurrentBag<ISimpleAssignmentOperation> Infinites { get; } = new();

        public ConcurrentDictionary<ISymbol, bool> ClientsWithTimeout { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>The type starts a timer on a token source: <c>cts.CancelAfter(timeout)</c>, <c>new CancellationTokenSource(timeout)</c>.</summary>
        public bool SetsATimer { get; set; }

        /// <summary>The type's HTTP requests take a token that can fire.</summary>
        public bool RequestsTakeAToken { get; set; }

        /// <summary>
        /// The type bounds each request itself: it starts a timer on a token source and hands its requests a token
        /// (<c>timeoutCts.CancelAfter(timeout); await client.SendAsync(request, timeoutCts.Token)</c>). Its client's
        /// own timeout, default or infinite, is then set aside on purpose, so that it cannot cut short a request
        /// the type gives longer (a download, a stream).
        /// </summary>
        private bool BoundsEachRequest => SetsATimer && RequestsTakeAToken;

        public void Report(SymbolAnalysisContext context)
        {
            if (BoundsEachRequest)
            {
                ReportCalls(context);
                return;
            }

            foreach (var assignment in Infinites)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptor, assignment.Value.Syntax.GetLocation(), Properties(KindInfinite), Snippet.Of(assignment.Syntax)));
            }

            foreach (var (creation, storedIn) in Creations)
            {
                if (storedIn is null || !ClientsWithTimeout.ContainsKey(storedIn))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor, creation.Syntax.GetLocation(), Properties(KindCreation), Snippet.Of(creation.Syntax)));
                }
            }

            ReportCalls(context);
        }

        private void ReportCalls(SymbolAnalysisContext context)
        {
            foreach (var (call, client, token) in Calls)
            {
                if (client is null || !ClientsWithTimeout.ContainsKey(client))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor, call.Syntax.GetLocation(), Properties(KindCall, token), Snippet.Of(call.Syntax)));
                }
            }
        }
    }

    /// <summary>The types the rule needs, resolved once per compilation.</summary>
    private sealed class WellKnown
    {
        private readonly INamedTypeSymbol _httpClient;

        private WellKnown(INamedTypeSymbol httpClient, INamedTypeSymbol? cancellationToken, INamedTypeSymbol? timeout, INamedTypeSymbol? timeSpan)
        {
            _httpClient = httpClient;
            CancellationToken = cancellationToken;
            Timeout = timeout;
            TimeSpan = timeSpan;
        }

        public INamedTypeSymbol? CancellationToken { get; }

        public INamedTypeSymbol? Timeout { get; }

        public INamedTypeSymbol? TimeSpan { get; }

        public static WellKnown? Resolve(Compilation compilation) =>
            compilation.GetTypeByMetadataName("System.Net.Http.HttpClient") is { } httpClient
                ? new WellKnown(
                    httpClient,
                    compilation.GetTypeByMetadataName("System.Threading.CancellationToken"),
                    compilation.GetTypeByMetadataName("System.Threading.Timeout"),
                    compilation.GetTypeByMetadataName("System.TimeSpan"))
                : null;

        public static bool IsTokenSource(ITypeSymbol? type) =>
            type is { Name: "CancellationTokenSource", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

        public bool IsHttpClient(ITypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, _httpClient))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
