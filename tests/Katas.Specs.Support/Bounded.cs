using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Xunit;
using Xunit.v3;

namespace Katas.Specs;

/// <summary>
/// Calls the student's synchronous code with a bound on its time: <c>Bounded.Call(() => tracker.Record(Ok))</c>.
/// A synchronous call cannot be cancelled, so a loop that never ends would hang plain <c>dotnet test</c>
/// for ever. Here the call runs on a thread of its own and the spec waits for it at most
/// <see cref="TaskAssertions.RealTimeLimit"/>; after that the spec fails with a message that names the
/// step and the call, and the looping thread is left to spin in the background until the run ends.
/// </summary>
public static class Bounded
{
    /// <summary>Returns what <paramref name="call"/> returns, rethrows what it throws, and fails when it does not return in time.</summary>
    public static T Call<T>(Func<T> call, [CallerArgumentExpression(nameof(call))] string expression = "")
    {
        ArgumentNullException.ThrowIfNull(call);
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            // The spec's culture holds for the student's code too (a spec may pin one on purpose).
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            try
            {
                result = call();
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
        })
        { IsBackground = true, Name = "bounded spec call" };

        thread.Start();
        if (!thread.Join(TaskAssertions.RealTimeLimit))
        {
            Assert.Fail(TimeoutMessage(expression));
        }

        // The student's own exception, with its stack trace: it points at the line that failed.
        failure?.Throw();
        return result;
    }

    /// <summary>Runs <paramref name="call"/>, rethrows what it throws, and fails when it does not return in time.</summary>
    public static void Call(Action call, [CallerArgumentExpression(nameof(call))] string expression = "")
    {
        ArgumentNullException.ThrowIfNull(call);
        Call<object?>(
            () =>
            {
                call();
                return null;
            },
            expression);
    }

    /// <summary>"Step 3: tracker.Record(Ok) did not finish within 5 s: a loop that never ends?"</summary>
    internal static string TimeoutMessage(string expression)
    {
        var body = expression.Trim();
        if (body.StartsWith("() =>", StringComparison.Ordinal))
        {
            body = body["() =>".Length..].Trim();
        }

        var step = StepAttribute.Of((TestContext.Current.TestClass as IXunitTestClass)?.Class);
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0}{1} did not finish within {2:0.#} s: a loop that never ends? Look for a while or for loop whose condition never turns false.",
            step is int number ? $"Step {number}: " : "",
            body,
            TaskAssertions.RealTimeLimit.TotalSeconds);
    }
}
