using Xunit;

namespace Katas.Specs;

/// <summary>
/// Waits, in real time and with a bound, for code under test. A spec never hangs on a student's
/// mistake: it fails with a message that says what did not happen.
/// </summary>
public static class TaskAssertions
{
    /// <summary>How long a spec waits in real time for something that should happen at once.</summary>
    public static readonly TimeSpan RealTimeLimit = TimeSpan.FromSeconds(5);

    /// <summary>Returns the task's result, or fails with <paramref name="failureMessage"/> when it does not finish in time.</summary>
    public static async Task<T> CompletesAsync<T>(this Task<T> task, string failureMessage, TimeSpan? limit = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        var finished = await Task.WhenAny(task, Task.Delay(limit ?? RealTimeLimit));
        if (finished != task)
        {
            Assert.Fail(failureMessage);
        }

        return await task;
    }

    /// <summary>Fails with <paramref name="failureMessage"/> when the task finishes within <paramref name="window"/>.</summary>
    public static async Task StaysPendingAsync(this Task task, TimeSpan window, string failureMessage)
    {
        ArgumentNullException.ThrowIfNull(task);
        await Task.WhenAny(task, Task.Delay(window));
        Assert.False(task.IsCompleted, failureMessage);
    }
}
