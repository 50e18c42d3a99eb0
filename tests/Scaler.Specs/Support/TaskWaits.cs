using Katas.Specs;

namespace Katas.Scaler.Specs;

/// <summary>Bounded real-time waits for tasks without a result (see <see cref="TaskAssertions"/>).</summary>
public static class TaskWaits
{
    /// <summary>Waits for the task, or fails with <paramref name="failureMessage"/> when it does not finish in time.</summary>
    public static async Task FinishesAsync(this Task task, string failureMessage, TimeSpan? limit = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        var finished = await Task.WhenAny(task, Task.Delay(limit ?? TaskAssertions.RealTimeLimit));
        if (finished != task)
        {
            Assert.Fail(failureMessage);
        }

        await task;
    }
}
