using System.Globalization;
using System.Reflection;
using Xunit;

namespace Katas.Specs;

/// <summary>
/// Locks the later steps of a kata while an earlier one fails: their specs are skipped with a reason
/// instead of failing, so a student sees one step's failures at a time.
/// </summary>
/// <remarks>
/// Each kata has a gate of its own, so that the root's one test application, which holds the specs of
/// every kata, locks each kata's later steps by that kata's first failing step. A kata's spec classes
/// share one namespace (<c>Katas.&lt;Kata&gt;.Specs</c>), which names the kata here.
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

    // Per kata: its first failing step so far, and how many of that step's specs failed.
    private static readonly Dictionary<string, (int Step, int Failures)> s_firstFailingStep = new(StringComparer.Ordinal);

    internal static void Before(MethodInfo methodUnderTest)
    {
        if (IsUnlocked || StepAttribute.Of(methodUnderTest.DeclaringType) is not int step)
        {
            return;
        }

        (int Step, int Failures) blocking;
        bool found;
        lock (s_lock)
        {
            found = s_firstFailingStep.TryGetValue(KataOf(methodUnderTest), out blocking);
        }

        if (found && blocking.Step < step)
        {
            Assert.Skip(string.Format(
                CultureInfo.InvariantCulture,
                LockedPrefix + " step {0} is not done yet ({1} failing spec{2}). Finish it first; `./kata` shows what fails.",
                blocking.Step,
                blocking.Failures,
                blocking.Failures == 1 ? "" : "s"));
        }
    }

    internal static void After(MethodInfo methodUnderTest)
    {
        if (StepAttribute.Of(methodUnderTest.DeclaringType) is not int step
            || TestContext.Current.TestState?.Result != TestResult.Failed)
        {
            return;
        }

        var kata = KataOf(methodUnderTest);
        lock (s_lock)
        {
            if (!s_firstFailingStep.TryGetValue(kata, out var first) || step < first.Step)
            {
                s_firstFailingStep[kata] = (step, 1);
            }
            else if (step == first.Step)
            {
                s_firstFailingStep[kata] = (step, first.Failures + 1);
            }
        }
    }

    /// <summary>The kata a spec belongs to: the namespace its class shares with the kata's other specs.</summary>
    internal static string KataOf(MethodInfo methodUnderTest) => methodUnderTest.DeclaringType?.Namespace ?? "";

    private static bool IsUnlocked =>
        Environment.GetEnvironmentVariable(UnlockAllVariable) is "1" or "true" or "TRUE" or "True";
}
