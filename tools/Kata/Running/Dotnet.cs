namespace Katas.Tool.Running;

/// <summary>Settings for every dotnet child process the tool starts.</summary>
internal static class Dotnet
{
    /// <summary>No banners, no telemetry, no first-run text: output the tool can read.</summary>
    public static IReadOnlyDictionary<string, string?> QuietEnvironment { get; } = new Dictionary<string, string?>
    {
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["MSBUILDTERMINALLOGGER"] = "off",

        // Not part of a `dotnet test` session that started the tool (its own tests run in one): a nested
        // `dotnet test` would hand its test applications that session's id, and report them as one.
        ["TESTINGPLATFORM_DOTNETTEST_EXECUTIONID"] = null,
        ["DOTNET_CLI_TEST_COMMAND_WORKING_DIRECTORY"] = null,
    };
}
