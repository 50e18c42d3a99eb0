using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF003: a type that bounds each of its own requests, so that the client's timeout can be infinite. A library that
/// lets every call have its own timeout sets <c>HttpClient.Timeout</c> to infinite on purpose (the client-wide value
/// would cap every per-call one) and sends each request with a token from a <c>CancellationTokenSource</c> told to
/// fire after that call's timeout (<c>CancelAfter(timeout)</c>). The request still stops; only the place that
/// stops it has moved.
/// </summary>
/// <remarks>
/// Read from the type that sets the infinite timeout: it must send at least one request on an <c>HttpClient</c>,
/// pass a token that can fire in every one of them (not <c>default</c>, not <c>CancellationToken.None</c>), and
/// start a timer on a token source somewhere (<c>source.CancelAfter(...)</c>, <c>new CancellationTokenSource(delay)</c>).
/// A token handed in by the caller alone is not enough: nothing says it ever fires. Which token goes to which
/// request is not traced.
/// </remarks>
internal static class RequestTimeouts
{
    /// <summary>True when the type's requests are each bounded by a token that a timer can fire.</summary>
    public static bool BoundsEveryRequest(bool sendsWithToken, bool sendsWithoutToken, bool startsTimer) =>
        sendsWithToken && !sendsWithoutToken && startsTimer;

    /// <summary><c>source.CancelAfter(delay)</c>, or <c>new CancellationTokenSource(delay)</c>: a token that fires on its own.</summary>
    public static bool StartsTimer(IOperation operation, INamedTypeSymbol? tokenSource) => operation switch
    {
        IInvocationOperation { TargetMethod: { Name: "CancelAfter" } method } =>
            SymbolEqualityComparer.Default.Equals(method.ContainingType, tokenSource),
        IObjectCreationOperation { Arguments.Length: > 0 } creation =>
            SymbolEqualityComparer.Default.Equals(creation.Type, tokenSource),
        _ => false,
    };
}
