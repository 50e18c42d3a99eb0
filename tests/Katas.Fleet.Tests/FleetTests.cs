using System.Net;
using System.Net.Sockets;

namespace Katas.Fleet.Tests;

public sealed class FleetTests
{
    [Fact]
    public async Task A_fleet_starts_its_backends_on_distinct_ports_with_names()
    {
        await using var fleet = await Fleet.StartAsync(5, cancellationToken: TestContext.Current.CancellationToken);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        Assert.Equal(["web-1", "web-2", "web-3", "web-4", "web-5"], fleet.Backends.Select(b => b.Name));
        Assert.Equal(5, fleet.Backends.Select(b => b.Port).Distinct().Count());
        foreach (var backend in fleet.Backends)
        {
            Assert.Equal($"served by {backend.Name}\n", await client.GetStringAsync(backend.WorkUri, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Disposing_the_fleet_frees_every_port_even_of_a_crashed_backend()
    {
        var fleet = await Fleet.StartAsync(3, cancellationToken: TestContext.Current.CancellationToken);
        var ports = fleet.Backends.Select(b => b.Port).ToArray();
        await fleet[1].CrashAsync();
        var added = await fleet.AddAsync(new BackendOptions { Name = "web-4" }, TestContext.Current.CancellationToken);

        await fleet.DisposeAsync();

        Assert.Empty(fleet.Backends);
        foreach (var port in ports.Append(added.Port))
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            var refused = await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken).AsTask());
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }
    }

    [Fact]
    public async Task A_disposed_fleet_starts_no_more_backends()
    {
        var fleet = await Fleet.StartAsync(1, cancellationToken: TestContext.Current.CancellationToken);
        await fleet.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => fleet.AddAsync(new BackendOptions { Name = "web-2" }, TestContext.Current.CancellationToken));
        Assert.Empty(fleet.Backends);
    }

    [Fact]
    public async Task Removing_a_backend_stops_it_and_takes_it_out()
    {
        await using var fleet = await Fleet.StartAsync(2, cancellationToken: TestContext.Current.CancellationToken);
        var removed = fleet[0];

        await fleet.RemoveAsync(removed);

        Assert.Equal(["web-2"], fleet.Backends.Select(b => b.Name));
        Assert.False(removed.IsRunning);
    }
}
