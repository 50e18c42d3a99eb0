using System;
using System.Text.RegularExpressions;

namespace Katas.Analyzers;

/// <summary>Recognises a string constant that names one network endpoint: an absolute URL or host:port.</summary>
internal static class EndpointLiteral
{
    // Schemes that address a server over the network. "file:", "urn:", "mailto:", XML namespaces
    // such as "http://www.w3.org/2000/svg" used as plain strings are not endpoints: only a value that
    // reaches an endpoint sink (a Uri, an HTTP request, a socket) is checked at all.
    private static readonly string[] s_networkSchemes =
    [
        "http", "https", "ws", "wss", "grpc", "grpcs", "tcp", "udp", "redis", "rediss",
        "amqp", "amqps", "mqtt", "mqtts", "nats", "kafka", "mongodb", "mongodb+srv",
        "postgres", "postgresql", "mysql", "sqlserver", "ftp", "sftp", "ldap", "ldaps",
    ];

    // host:port where host is a DNS name or an IPv4 address, or [IPv6]:port.
    private static readonly Regex s_hostAndPort = new(
        @"^(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\]):(?<port>[0-9]{1,5})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromMilliseconds(100));

    /// <summary>True when <paramref name="text"/> is an absolute URL with a network scheme and a host.</summary>
    public static bool IsAbsoluteNetworkUrl(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return false;
        }

        return Array.IndexOf(s_networkSchemes, uri.Scheme.ToLowerInvariant()) >= 0;
    }

    /// <summary>True when <paramref name="text"/> is host:port with a port in 1..65535.</summary>
    public static bool IsHostAndPort(string text)
    {
        var match = s_hostAndPort.Match(text.Trim());
        return match.Success
            && int.TryParse(match.Groups["port"].Value, out var port)
            && port is > 0 and <= 65535;
    }

    /// <summary>True when <paramref name="text"/> is either form of a single endpoint.</summary>
    public static bool IsEndpoint(string text) => IsAbsoluteNetworkUrl(text) || IsHostAndPort(text);
}
