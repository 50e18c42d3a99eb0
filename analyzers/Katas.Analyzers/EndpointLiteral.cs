using System;
using System.Text.RegularExpressions;

namespace Katas.Analyzers;

/// <summary>
/// Recognises a string constant that names one network endpoint: an absolute URL with a network scheme,
/// host:port, or a connection string with a server.
/// </summary>
internal static class EndpointLiteral
{
    // Schemes that address a server over the network. "file:", "urn:", "mailto:" are not endpoints, and a
    // URL used as a plain string (an XML namespace) is never checked: only values that reach an endpoint
    // sink (a Uri, an HTTP request, a socket, a parameter named like an address) are.
    private static readonly string[] s_networkSchemes =
    [
        "http", "https", "ws", "wss", "grpc", "grpcs", "tcp", "udp", "redis", "rediss",
        "amqp", "amqps", "mqtt", "mqtts", "nats", "kafka", "mongodb", "mongodb+srv",
        "postgres", "postgresql", "mysql", "sqlserver", "ftp", "sftp", "ldap", "ldaps",
    ];

    // No match timeout: every pattern here runs in time linear in one literal's length, and a wall-clock timeout
    // only turned a thread descheduled on a loaded build machine into an analyzer exception (AD0001).
    // host:port where host is a DNS name or an IPv4 address, or [IPv6]:port. IPAddress.TryParse is no
    // help here: it rejects "10.0.0.5:8080", the most common form.
    private static readonly Regex s_hostAndPort = new(
        @"^(?<host>[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\]):(?<port>[0-9]{1,5})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        Regex.InfiniteMatchTimeout);

    // Server=db;  Host=db;  Data Source=db;  Address=db  (ADO.NET, Npgsql, MySQL, Redis-style keys)
    private static readonly Regex s_connectionStringServer = new(
        @"(?:^|;)\s*(?<key>server|host|data source|datasource|address|addr|network address|hostname|endpoint)\s*=\s*(?<value>[^;]+)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture,
        Regex.InfiniteMatchTimeout);

    /// <summary>True when <paramref name="text"/> is an absolute URL with a network scheme and a host.</summary>
    public static bool IsAbsoluteNetworkUrl(string text) => TryGetNetworkUri(text, out _);

    /// <summary>True when <paramref name="text"/> is host:port with a port in 1..65535.</summary>
    public static bool IsHostAndPort(string text) => TryGetHostAndPort(text, out _);

    /// <summary>
    /// Finds the endpoint in <paramref name="text"/>. <paramref name="host"/> is its host, and
    /// <paramref name="display"/> what a message may show (never a whole connection string: it can hold a password).
    /// </summary>
    public static bool TryParse(string text, out string host, out string display)
    {
        if (TryGetNetworkUri(text, out var uri))
        {
            host = uri.Host;
            display = text.Trim();
            return true;
        }

        if (TryGetHostAndPort(text, out host))
        {
            display = text.Trim();
            return true;
        }

        var server = s_connectionStringServer.Match(text);
        if (text.IndexOf('=') > 0 && server.Success)
        {
            var value = server.Groups["value"].Value.Trim();
            host = value.Split(',', ':')[0].Trim();
            display = server.Groups["key"].Value.Trim() + "=" + value;
            return host.Length > 0 && !host.Equals("(local)", StringComparison.OrdinalIgnoreCase) && host != ".";
        }

        host = "";
        display = "";
        return false;
    }

    /// <summary>
    /// A URL whose host is one bare name with the scheme's own port (<c>http://webhooks-api</c>,
    /// <c>https://orders/</c>): how service discovery names a set of replicas (a Kubernetes Service, a Docker
    /// Compose service, a .NET Aspire resource), resolved by the platform, not one server written in code.
    /// </summary>
    public static bool IsServiceName(string text) =>
        TryGetNetworkUri(text, out var uri)
        && uri.HostNameType == UriHostNameType.Dns
        && uri.IsDefaultPort
        && uri.Host.IndexOf('.') < 0
        && !IsLoopback(uri.Host);

    /// <summary>
    /// The API of a public cloud provider (<c>https://management.azure.com</c>, <c>*.amazonaws.com</c>,
    /// <c>*.googleapis.com</c>): one name that the provider serves from many servers and regions. There is
    /// no second one to list, and no replica of it to run. Also a cloud instance's metadata service
    /// (<c>http://169.254.169.254/latest/api/token</c>), which every instance answers on its own host.
    /// </summary>
    public static bool IsCloudProviderApi(string host)
    {
        if (Array.IndexOf(s_instanceMetadataHosts, host.Trim('[', ']').ToLowerInvariant()) >= 0)
        {
            return true;
        }

        foreach (var domain in s_cloudProviderDomains)
        {
            if (host.Equals(domain, StringComparison.OrdinalIgnoreCase)
                || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A cloud instance's metadata service (AWS, Azure, Google Cloud, Oracle: 169.254.169.254; AWS over IPv6; Google
    // Cloud's name for it; ECS's task metadata; Alibaba Cloud's): a link-local address that every instance answers on
    // its own host, the same on all of them, so it is no one server the fleet depends on.
    private static readonly string[] s_instanceMetadataHosts =
        ["169.254.169.254", "fd00:ec2::254", "metadata.google.internal", "169.254.170.2", "100.100.100.200"];

    private static readonly string[] s_cloudProviderDomains =
        ["azure.com", "windows.net", "microsoftonline.com", "amazonaws.com", "googleapis.com", "cloud.google.com"];

    /// <summary>localhost, 127.0.0.0/8 and ::1: the machine itself.</summary>
    public static bool IsLoopback(string host)
    {
        var bare = host.Trim('[', ']');
        return bare.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || bare.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || bare == "::1"
            || bare.StartsWith("127.", StringComparison.Ordinal);
    }

    private static bool TryGetNetworkUri(string text, out Uri uri)
    {
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out uri!)
            && uri.Host.Length > 0
            && Array.IndexOf(s_networkSchemes, uri.Scheme.ToLowerInvariant()) >= 0)
        {
            return true;
        }

        uri = null!;
        return false;
    }

    /// <summary>
    /// A PLC's data-table address (Allen-Bradley <c>F8:5</c>, <c>N7:1</c>, <c>B3:2</c>: a file, then an element) has the
    /// shape of a one-label host and a port, but no server a program connects to listens on a port below 10 (1, 7 and 9
    /// are tcpmux, echo and discard, retired test services). A name with a dot, an IP address and localhost keep theirs.
    /// </summary>
    private static bool IsDataTableAddress(string host, int port) =>
        port < 10 && host.IndexOf('.') < 0 && !host.StartsWith("[", StringComparison.Ordinal) && !IsLoopback(host);

    private static bool TryGetHostAndPort(string text, out string host)
    {
        var match = s_hostAndPort.Match(text.Trim());
        if (match.Success && int.TryParse(match.Groups["port"].Value, out var port) && port is > 0 and <= 65535
            && !IsDataTableAddress(match.Groups["host"].Value, port))
        {
            host = match.Groups["host"].Value;
            return true;
        }

        host = "";
        return false;
    }
}
