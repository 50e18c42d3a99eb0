using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Katas.Fleet;

/// <summary>
/// Ports on 127.0.0.1 that refuse every connection for the life of the process. Each is held by a socket
/// that is bound but never listens: a connection to it is refused at once, and while the socket is held the
/// operating system gives the port to nothing else. A port released at once could come back from the next
/// request for a free port (a second "closed" address on the same port, or a server started meanwhile that
/// then answers), which made a spec pass or fail by chance.
/// </summary>
internal static class ClosedPorts
{
    // Never disposed: a spec holds its address until the process ends, and a few sockets cost nothing.
    private static readonly ConcurrentBag<Socket> s_held = [];

    public static Uri Reserve()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            KeepToItself(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        s_held.Add(socket);
        var port = ((IPEndPoint)socket.LocalEndPoint!).Port;
        return new UriBuilder(Uri.UriSchemeHttp, IPAddress.Loopback.ToString(), port, "/").Uri;
    }

    /// <summary>
    /// .NET binds every TCP socket on Unix with SO_REUSEADDR, and two sockets that both have it may share a port
    /// until one of them listens: a server asking for this port would get it. The kernel reads the flag when
    /// another socket binds, so clearing it after the bind keeps the port to this socket. (Windows does not set it.)
    /// </summary>
    private static void KeepToItself(Socket socket)
    {
        var (level, option) = OperatingSystem.IsLinux() ? (1, 2) // SOL_SOCKET, SO_REUSEADDR
            : OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? (0xFFFF, 0x4)
            : (0, 0);
        if (option != 0)
        {
            socket.SetRawSocketOption(level, option, BitConverter.GetBytes(0));
        }
    }
}
