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
    };
}
