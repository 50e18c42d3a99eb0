using System.Globalization;
using System.Reflection;
using Xunit;

namespace Katas.Specs;

/// <summary>
/// Locks the later steps of a kata while an earlier one fails: their specs are skipped with a reason
/// instead of failing, so a student sees one step's failures at a time.
/// </summary>
/// <remarks>
/// The gate relies on <see cref="StepOrderer"/> running the steps in order, one spec at a time.
/// Set the environment variable <c>KATA_UNLOCK_ALL=1</c> to run every step regardless; the maintainer
/// check does, because it must see every spec fail against the untouched starter code.
/// </remarks>
public static class StepGate
{
    /// <summary>The environment variable that opens the gate.</summary>
    public const string UnlockAllVariable = "KATA_UNLOCK_ALL";

    /// <summary>How the skip reason of a locked spec begins (<see cref="LockedSpecFilter"/> looks for it).</summary>
    internal const string LockedPrefix = "Locked:";

    private static readonly Lock s_lock = new();
    private static int? s_firstFailingStep;
    private static int s_failuresInFirstFailingStep;

    internal static void Before(MethodInfo methodUnderTest)
    {
        if (IsUnlocked || StepAttribute.Of(methodUnderTest.DeclaringType) is not int step)
        {
            return;
        }

        int? blocking;
        int failures;
        lock (s_lock)
        {
            blocking = s_firstFailingStep;
            failures = s_failuresInFirstFailingStep;
        }

        if (blocking is int earlier && earlier < step)
        {
            Assert.Skip(string.Format(
                CultureInfo.InvariantCulture,
                LockedPrefix + " step {0} is not done yet ({1} failing spec{2}). Finish it first; `./kata` shows what fails.",
                earlier,
                failures,
                failures == 1 ? "" : "s"));
        }
    }

    internal static void After(MethodInfo methodUnderTest)
    {
        if (StepAttribute.Of(methodUnderTest.DeclaringType) is not int step
            || TestContext.Current.TestState?.Result != TestResult.Failed)
        {
            return;
        }

        lock (s_lock)
        {
            if (s_firstFailingStep is null || step < s_firstFailingStep)
            {
                s_firstFailingStep = step;
                s_failuresInFirstFailingStep = 1;
            }
            else if (step == s_firstFailingStep)
            {
                s_failuresInFirstFailingStep++;
            }
        }
    }

    private static bool IsUnlocked =>
        Environment.GetEnvironmentVariable(UnlockAllVariable) is "1" or "true" or "TRUE" or "True";
}
