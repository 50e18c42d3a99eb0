using Katas.Fleet.Command;

namespace Katas.Fleet.Tests;

public sealed class FleetCommandTests
{
    [Fact]
    public async Task Commands_inject_faults_into_the_backend_they_name()
    {
        await using var fleet = await Fleet.StartAsync(3, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("2: crashed", await FleetCommand.RunAsync(fleet, "crash 2", TestContext.Current.CancellationToken));
        Assert.Equal("3: errors", await FleetCommand.RunAsync(fleet, "error 3 503", TestContext.Current.CancellationToken));

        Assert.False(fleet[1].IsRunning);
        Assert.Equal(BackendBehavior.Status(503), fleet[2].Behavior);
        var status = await FleetCommand.RunAsync(fleet, "status", TestContext.Current.CancellationToken);
        Assert.Contains("web-2", status, StringComparison.Ordinal);
        Assert.Contains("crashed", status, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("crash 9", "There is no backend 9: the fleet has 1 to 2.")]
    [InlineData("slow 1 soon", "'slow' takes a whole number here, not 'soon'.")]
    [InlineData("flap 1", "'flap' needs more arguments. Type 'help'.")]
    [InlineData("dance 1", "Unknown command 'dance'. Type 'help' for the commands.")]
    [InlineData("drift 1 version", "drift takes <key>=<value>, not 'version'.")]
    public async Task Mistakes_are_explained_and_change_nothing(string line, string message)
    {
        await using var fleet = await Fleet.StartAsync(2, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(message, await FleetCommand.RunAsync(fleet, line, TestContext.Current.CancellationToken));
        Assert.All(fleet.Backends, b => Assert.Equal(BackendBehavior.Healthy, b.Behavior));
    }

    [Theory]
    [InlineData("app.name = shop\nversion = 1.2\n", "version=1.1", "app.name = shop\nversion = 1.1\n")]
    [InlineData("app.name = shop\n", "feature.sale = off", "app.name = shop\nfeature.sale = off\n")]
    [InlineData("", "version=1.3", "version = 1.3\n")]
    public void Drift_changes_one_setting_or_adds_it(string config, string assignment, string expected)
    {
        Assert.Equal(expected, FleetCommand.Drift(config, assignment));
    }
}
