using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF001: a literal URL or host:port given to something that connects to it: a <c>Uri</c>, an
/// <c>HttpClient</c> request, an <c>HttpRequestMessage</c>, a DNS or IP end point, a TCP client.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedEndpointAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor =
        Rule.Create(RuleIdentifiers.HardcodedSingleEndpoint, RuleCategories.Reliability, DiagnosticSeverity.Warning);

    private static readonly ImmutableHashSet<string> s_httpClientRequestMethods = ImmutableHashSet.Create(
        "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync",
        "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var sinks = EndpointSinks.Resolve(start.Compilation);
            if (sinks.IsEmpty)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeCreation(c, sinks), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, sinks), OperationKind.Invocation);
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, EndpointSinks sinks)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var type = creation.Type;
        if (type is null)
        {
            return;
        }

        if (sinks.IsUri(type) || sinks.IsHttpRequestMessage(type) || sinks.IsDnsEndPoint(type) || sinks.IsTcpClient(type))
        {
            ReportEndpointArguments(context, creation.Arguments, hostParameterCountsAlone: !sinks.IsUri(type));
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, EndpointSinks sinks)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var containingType = method.ContainingType;

        if (sinks.IsHttpClient(containingType) && s_httpClientRequestMethods.Contains(method.Name))
        {
            ReportEndpointArguments(context, invocation.Arguments, hostParameterCountsAlone: false);
        }
        else if (sinks.IsIPEndPoint(containingType) && method.Name == "Parse")
        {
            ReportEndpointArguments(context, invocation.Arguments, hostParameterCountsAlone: false);
        }
        else if ((sinks.IsTcpClient(containingType) || sinks.IsSocket(containingType))
            && (method.Name == "Connect" || method.Name == "ConnectAsync"))
        {
            ReportEndpointArguments(context, invocation.Arguments, hostParameterCountsAlone: true);
        }
    }

    /// <param name="hostParameterCountsAlone">
    /// True for sinks that take the host and the port separately (<c>new DnsEndPoint("db", 5432)</c>):
    /// there a literal host name is already the whole endpoint.
    /// </param>
    private static void ReportEndpointArguments(
        OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, bool hostParameterCountsAlone)
    {
        foreach (var argument in arguments)
        {
            if (argument.Value.ConstantValue is not { HasValue: true, Value: string text })
            {
                continue;
            }

            var isHostParameter = hostParameterCountsAlone
                && argument.Parameter is { Name: "host" or "hostname" or "hostName" }
                && text.Length > 0;

            if (isHostParameter || EndpointLiteral.IsEndpoint(text))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptor, argument.Value.Syntax.GetLocation(), text));
            }
        }
    }
}
