namespace Katas.Tool.Grading.Sandbox;

/// <summary>Picks the sandbox of this platform: bubblewrap on Linux when it is installed, else none.</summary>
internal static class Sandboxes
{
    /// <summary>The environment variable that turns the sandbox off (<c>KATA_GRADE_SANDBOX=none</c>), for platforms where it cannot start.</summary>
    public const string Variable = "KATA_GRADE_SANDBOX";

    public static ISandbox ForThisMachine()
    {
        if (string.Equals(Environment.GetEnvironmentVariable(Variable), "none", StringComparison.OrdinalIgnoreCase))
        {
            return new NoSandbox($"{Variable}=none");
        }

        if (!OperatingSystem.IsLinux())
        {
            return new NoSandbox("bubblewrap runs on Linux only");
        }

        return BubblewrapSandbox.Find() is { } bubblewrap
            ? bubblewrap
            : new NoSandbox("bubblewrap (bwrap) is not installed: apt-get install bubblewrap");
    }
}
