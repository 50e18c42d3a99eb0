using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF001: a literal URL, host:port or connection string given to something that connects to it: a
/// <c>Uri</c> whose value reaches a connection (<see cref="EndpointFlow"/>), an <c>HttpClient</c> request, an
/// <c>HttpRequestMessage</c>, a DNS or IP end point, a TCP client or socket, or any parameter named like an address
/// (<c>baseAddress</c>, <c>connectionString</c>...).
/// </summary>
/// <remarks>
/// Options (.editorconfig): <c>SPOF001.allow_loopback</c> (default: true in test projects, false
/// elsewhere) and <c>SPOF001.allowed_hosts</c> (a comma-separated list of hosts never reported).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedEndpointAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor =
        Rule.Create(RuleIdentifiers.HardcodedSingleEndpoint, RuleCategories.Reliability, DiagnosticSeverity.Warning);

    private static readonly ImmutableHashSet<string> s_httpClientRequestMethods = ImmutableHashSet.Create(
        "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync",
        "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync");

    // Parameters that take an address, whatever library declares them.
    private static readonly NameSet s_addressParameter = new(
        "url", "uri", "requestUri", "baseAddress", "baseUrl", "endpoint", "address", "host", "hostName", "server", "connectionString", "configuration");

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

            var sinks = EndpointSinks.Resolve(start.Compilation);
            var isTestProject = SpofOptions.IsTestProject(start.Compilation, start.Options);
            start.RegisterOperationAction(c => AnalyzeArguments(c, sinks, isTestProject, ((IObjectCreationOperation)c.Operation).Type, ((IObjectCreationOperation)c.Operation).Arguments), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeArguments(c, sinks, isTestProject, ((IInvocationOperation)c.Operation).TargetMethod.ContainingType, ((IInvocationOperation)c.Operation).Arguments, ((IInvocationOperation)c.Operation).TargetMethod.Name), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeDefaultValue(c, isTestProject), OperationKind.ParameterInitializer);
        });
    }

    private static void AnalyzeArguments(
        OperationAnalysisContext context, EndpointSinks sinks, bool isTestProject, ITypeSymbol? type, ImmutableArray<IArgumentOperation> arguments, string? methodName = null)
    {
        if (type is null || IsXml(type) || methodName is null && IsListenAddress(context.Operation))
        {
            return;
        }

        // Which kind of sink the call is, only once an argument may carry a literal: most calls have none.
        Sink? sink = null;
        foreach (var argument in arguments)
        {
            // A parameter's default value at a call that leaves it out: the call holds no literal to change. A default
            // that is an endpoint is reported once, where it is written (AnalyzeDefaultValue).
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            var constant = argument.Value.ConstantValue is { HasValue: true, Value: string value } ? value : null;
            if (argument.Parameter is null || constant is null && argument.Value is not (IFieldReferenceOperation or IPropertyReferenceOperation))
            {
                continue;
            }

            sink ??= SinkKind(sinks, type, methodName);

            var isAddressParameter = s_addressParameter.Contains(argument.Parameter.Name);
            if (sink == Sink.None && !isAddressParameter)
            {
                continue;
            }

            if ((constant ?? FixedText.ReadOnlyLiteral(argument.Value, context.CancellationToken)) is not { } text)
            {
                continue;
            }

            string host;
            string display;
            if (sink == Sink.HostAndPortSeparately && argument.Parameter.Name is "host" or "hostname" or "hostName" && text.Length > 0)
            {
                host = text;
                display = text;
            }
            else if (!EndpointLiteral.TryParse(text, out host, out display) || EndpointLiteral.IsServiceName(text))
            {
                continue;
            }

            if (!IsExcluded(context, host, isTestProject) && !EndpointLiteral.IsCloudProviderApi(host)
                && (methodName is not null || !sinks.IsUri(type) || EndpointFlow.MayConnect(context.Operation, context.CancellationToken))
                && !(sink == Sink.None && ConnectsToNothing(context, argument.Parameter))
                && !DesignTimeFactory.Contains(context.ContainingSymbol, context.Operation))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptor, argument.Value.Syntax.GetLocation(), display));
            }
        }
    }

    /// <summary>
    /// <c>Connect(string url = "https://bus.shop.example")</c>: a default value is written once, where the parameter is
    /// declared, and every call that leaves the argument out connects to it; so it is reported there, not at the calls
    /// (which hold no literal to change). A loopback default (<c>"nats://localhost:4222"</c>) is left alone wherever it
    /// is: it is a library's documented convention for a server on the developer's own machine, which every deployment
    /// overrides, not one remote server the code depends on.
    /// </summary>
    private static void AnalyzeDefaultValue(OperationAnalysisContext context, bool isTestProject)
    {
        var initializer = (IParameterInitializerOperation)context.Operation;
        var parameter = initializer.Parameter;
        if (initializer.Value.ConstantValue is not { HasValue: true, Value: string text }
            || !s_addressParameter.Contains(parameter.Name)
            || !EndpointLiteral.TryParse(text, out var host, out var display)
            || EndpointLiteral.IsServiceName(text)
            || EndpointLiteral.IsLoopback(host)
            || EndpointLiteral.IsCloudProviderApi(host)
            || IsExcluded(context, host, isTestProject)
            || parameter.ContainingSymbol is IMethodSymbol method && BrowserLink.OnlyOpensInBrowser(method, parameter, context.Compilation, context.CancellationToken))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptor, initializer.Value.Syntax.GetLocation(), display));
    }

    /// <summary>
    /// A parameter named like an address whose callee connects to nothing: a method of this code that opens the link in
    /// the user's browser (<see cref="BrowserLink"/>), or a <c>WebProxy</c> only asked whether it bypasses an address
    /// (<see cref="BypassListProxy"/>). Asked only before a report: both read syntax beyond the call.
    /// </summary>
    private static bool ConnectsToNothing(OperationAnalysisContext context, IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol method && BrowserLink.OnlyOpensInBrowser(method, parameter, context.Compilation, context.CancellationToken)
        || context.Operation is IObjectCreationOperation && BypassListProxy.OnlyAskedIsBypassed(context.Operation, context.CancellationToken);

    /// <summary>
    /// System.Xml takes namespaces as URIs (<c>XmlNamespaceManager.AddNamespace("dc", "http://purl.org/dc/elements/1.1/")</c>):
    /// names, which nothing connects to.
    /// </summary>
    private static bool IsXml(ITypeSymbol type)
    {
        for (var ns = type.ContainingNamespace; ns is not null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (ns is { Name: "Xml", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>new ServiceHost(typeof(Calculator), new Uri("http://localhost:8000/calc"))</c>, <c>host.AddServiceEndpoint(..., new Uri(...))</c>:
    /// the address a host of this process listens on (a WCF <c>ServiceHost</c>, <c>WebServiceHost</c>, <c>WorkflowServiceHost</c>), not a
    /// server it depends on. Read from the syntax: such hosts are often in assemblies the build cannot see.
    /// </summary>
    private static bool IsListenAddress(IOperation uriCreation)
    {
        var argument = uriCreation.Syntax.Parent;
        if (argument is InitializerExpressionSyntax { Parent: ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax } array)
        {
            argument = array.Parent?.Parent;
        }

        return argument is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var call } }
            && call switch
            {
                ObjectCreationExpressionSyntax { Type: var created } =>
                    (created is QualifiedNameSyntax qualified ? qualified.Right : created) is SimpleNameSyntax { Identifier.ValueText: var name }
                    && name.EndsWith("Host", StringComparison.Ordinal),
                // host.AddServiceEndpoint(typeof(ICalculator), binding, new Uri("http://localhost:8003/calc"))
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddServiceEndpoint" } } => true,
                _ => false,
            };
    }

    private static Sink SinkKind(EndpointSinks sinks, ITypeSymbol type, string? methodName)
    {
        if (methodName is null)
        {
            return sinks.IsUri(type) || sinks.IsHttpRequestMessage(type) ? Sink.Endpoint
                : sinks.IsDnsEndPoint(type) || sinks.IsTcpClient(type) ? Sink.HostAndPortSeparately
                : Sink.None;
        }

        return s_httpClientRequestMethods.Contains(methodName) && sinks.IsHttpClient(type) ? Sink.Endpoint
            : sinks.IsIPEndPoint(type) && methodName is "Parse" or "TryParse" ? Sink.Endpoint
            : (sinks.IsTcpClient(type) || sinks.IsSocket(type)) && methodName is "Connect" or "ConnectAsync" ? Sink.HostAndPortSeparately
            : Sink.None;
    }

    private static bool IsExcluded(OperationAnalysisContext context, string host, bool isTestProject)
    {
        var tree = context.Operation.Syntax.SyntaxTree;
        var allowLoopback = SpofOptions.GetBoolean(context.Options, tree, Descriptor.Id, "allow_loopback") ?? isTestProject;
        if (allowLoopback && EndpointLiteral.IsLoopback(host))
        {
            return true;
        }

        return SpofOptions.GetList(context.Options, tree, Descriptor.Id, "allowed_hosts")
            .Any(allowed => allowed.Equals(host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase));
    }

    private enum Sink
    {
        None,

        /// <summary>The argument is the whole endpoint: a URL or host:port.</summary>
        Endpoint,

        /// <summary>Host and port are separate arguments: a literal host is already the endpoint.</summary>
        HostAndPortSeparately,
    }
}
