using Microsoft.CodeAnalysis;

namespace Katas.Analyzers;

/// <summary>
/// The types whose arguments are endpoints, resolved once per compilation. A type the compilation does
/// not reference is null and never matches.
/// </summary>
internal sealed class EndpointSinks
{
    private readonly INamedTypeSymbol? _uri;
    private readonly INamedTypeSymbol? _httpClient;
    private readonly INamedTypeSymbol? _httpRequestMessage;
    private readonly INamedTypeSymbol? _dnsEndPoint;
    private readonly INamedTypeSymbol? _ipEndPoint;
    private readonly INamedTypeSymbol? _tcpClient;
    private readonly INamedTypeSymbol? _socket;

    private EndpointSinks(Compilation compilation)
    {
        _uri = compilation.GetTypeByMetadataName("System.Uri");
        _httpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        _httpRequestMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
        _dnsEndPoint = compilation.GetTypeByMetadataName("System.Net.DnsEndPoint");
        _ipEndPoint = compilation.GetTypeByMetadataName("System.Net.IPEndPoint");
        _tcpClient = compilation.GetTypeByMetadataName("System.Net.Sockets.TcpClient");
        _socket = compilation.GetTypeByMetadataName("System.Net.Sockets.Socket");
    }

    public bool IsEmpty => _uri is null && _httpClient is null && _httpRequestMessage is null
        && _dnsEndPoint is null && _ipEndPoint is null && _tcpClient is null && _socket is null;

    public static EndpointSinks Resolve(Compilation compilation) => new(compilation);

    public bool IsUri(ITypeSymbol type) => Is(type, _uri);

    public bool IsHttpClient(ITypeSymbol type) => IsOrDerivesFrom(type, _httpClient);

    public bool IsHttpRequestMessage(ITypeSymbol type) => IsOrDerivesFrom(type, _httpRequestMessage);

    public bool IsDnsEndPoint(ITypeSymbol type) => Is(type, _dnsEndPoint);

    public bool IsIPEndPoint(ITypeSymbol type) => Is(type, _ipEndPoint);

    public bool IsTcpClient(ITypeSymbol type) => IsOrDerivesFrom(type, _tcpClient);

    public bool IsSocket(ITypeSymbol type) => IsOrDerivesFrom(type, _socket);

    private static bool Is(ITypeSymbol type, INamedTypeSymbol? sink) =>
        sink is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, sink);

    private static bool IsOrDerivesFrom(ITypeSymbol type, INamedTypeSymbol? sink)
    {
        if (sink is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, sink))
            {
                return true;
            }
        }

        return false;
    }
}
