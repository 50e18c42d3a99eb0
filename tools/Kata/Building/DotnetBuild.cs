using Katas.Tool.Running;

namespace Katas.Tool.Building;

/// <summary>Runs <c>dotnet build</c> and reads its errors and warnings.</summary>
internal static class DotnetBuild
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(15);

    /// <param name="target">A project or a solution (.sln, .slnx, .slnf).</param>
    /// <param name="uiLanguage">The language of the compiler's messages (and so of the SPOF rules'), e.g. <c>ko-KR</c>; null keeps the user's.</param>
    /// <param name="restore">False to skip NuGet's restore (<c>--no-restore</c>), when it is known to be done.</param>
    public static async Task<BuildResult> RunAsync(string target, string workingDirectory, string? uiLanguage = null, bool restore = true, CancellationToken cancellationToken = default)
    {
        var environment = new Dictionary<string, string?>(Dotnet.QuietEnvironment);
        if (uiLanguage is not null && Environment.GetEnvironmentVariable("DOTNET_CLI_UI_LANGUAGE") is null)
        {
            environment["DOTNET_CLI_UI_LANGUAGE"] = uiLanguage;
        }

        var outcome = await ProcessRunner.RunAsync(
            new ProcessSpec(
                "dotnet",
                [
                    "build", target,
                    .. restore ? Array.Empty<string>() : ["--no-restore"],
                    "-nologo",
                    "-verbosity:quiet",
                    // The plain console logger: one line per diagnostic, in MSBuild's canonical format.
                    "-terminalLogger:off",
                    "-consoleLoggerParameters:NoSummary;ForceNoAlign",
                ],
                workingDirectory,
                s_timeout)
            {
                Environment = environment,
            },
            cancellationToken).ConfigureAwait(false);

        var output = outcome.Output + outcome.Error;
        return new BuildResult(outcome.ExitCode, outcome.TimedOut, BuildOutputParser.Parse(output), output);
    }
}
