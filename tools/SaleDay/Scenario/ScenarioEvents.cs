namespace Katas.SaleDay.Scenario;

/// <summary>
/// Things that happen at a moment of the replay (a crash, a drift, a person restarting a container).
/// They start in the background so that the traffic never waits for them, and are awaited at the end.
/// </summary>
internal sealed class ScenarioEvents
{
    private readonly List<(TimeSpan At, Func<Task> Action)> _pending = [];
    private readonly List<Task> _started = [];

    public void At(TimeSpan when, Func<Task> action) => _pending.Add((when, action));

    /// <summary>Starts every event due at or before <paramref name="now"/>.</summary>
    public void Run(TimeSpan now)
    {
        foreach (var due in _pending.Where(e => e.At <= now).ToArray())
        {
            _pending.Remove(due);
            _started.Add(Task.Run(due.Action));
        }
    }

    public Task WhenAllDoneAsync() => Task.WhenAll(_started);
}
