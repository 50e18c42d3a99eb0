using System.Diagnostics;

namespace Katas.Fleet.Tests;

/// <summary>The fleet command as a process: `dotnet run --project tools/Fleet -- 3`.</summary>
public sealed class FleetProgramTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(0)] // the time is up before the backends have started, as on a busy machine
    public async Task The_fleet_command_stops_by_itself_while_nobody_types(int seconds)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "fleet.dll"), "2", "--duration", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        try
        {
            // Its input stays open and idle, like a terminal in which nobody types.
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                Assert.Fail($"The fleet was still running 30s after its {seconds}s limit: it waited for a line nobody typed.");
            }

            Assert.True(process.ExitCode == 0, $"The fleet command exited with {process.ExitCode}: {await errors}");
            Assert.Contains("Stopping the fleet.", await output, StringComparison.Ordinal);
        }
        finally
        {
            // A failing test leaves no fleet behind.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
