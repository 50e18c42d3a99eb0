using System.Text.Json;
using Katas.Tool.Running;

namespace Katas.Tool.Watching;

/// <summary>
/// The compiler's command line for a project, exactly as its build would run it: MSBuild evaluates the
/// project and its targets up to the compiler call, which only hands back its arguments
/// (<c>ProvideCommandLineArgs</c>, <c>SkipCompilerExecution</c>: what an IDE's design-time build does).
/// Sources, references, analyzers, generators, defines, nullable, warning settings and .editorconfig
/// files all come from there, so a compile in the tool sees what <c>dotnet build</c> sees.
/// </summary>
internal static class CompilerArguments
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    /// <returns>The arguments, or null when MSBuild could not evaluate the project (its errors are in <paramref name="problem"/>).</returns>
    public static async Task<(IReadOnlyList<string>? Arguments, string? Problem)> OfAsync(string project, CancellationToken cancellationToken)
    {
        var outcome = await ProcessRunner.RunAsync(
            new ProcessSpec(
                "dotnet",
                [
                    "msbuild", project, "-nologo", "-t:Compile", "-getItem:CscCommandLineArgs",
                    "-p:ProvideCommandLineArgs=true", "-p:SkipCompilerExecution=true",
                    // Run the compiler target even when the build is up to date, and leave the references alone.
                    "-p:NonExistentFile=__kata_watch__/__always__", "-p:BuildProjectReferences=false",
                ],
                Path.GetDirectoryName(project)!,
                s_timeout)
            {
                Environment = Dotnet.QuietEnvironment,
            },
            cancellationToken).ConfigureAwait(false);

        if (outcome.ExitCode != 0 || outcome.TimedOut)
        {
            return (null, (outcome.Output + outcome.Error).Trim());
        }

        try
        {
            using var json = JsonDocument.Parse(outcome.Output);
            var items = json.RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs");
            var arguments = items.EnumerateArray().Select(i => i.GetProperty("Identity").GetString() ?? "").ToArray();
            return arguments.Length > 0 ? (arguments, null) : (null, "MSBuild gave no compiler arguments for " + project);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, "MSBuild's answer was not the expected JSON: " + exception.Message);
        }
    }
}
