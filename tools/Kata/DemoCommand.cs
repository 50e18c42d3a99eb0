using System.Diagnostics;
using System.Globalization;
using Katas.Tool.Building;
using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Rendering;
using Katas.Tool.Running;

namespace Katas.Tool;

/// <summary>
/// `./kata demo`: builds the sale day against the student's katas (or, with --reference, against the
/// reference solutions) and runs it in this terminal, so its live table draws here. A kata that does
/// not compile is named with its errors instead.
/// </summary>
internal static class DemoCommand
{
    public static async Task<int> RunAsync(RepositoryLayout layout, Options options, Terminal terminal, Language language, CancellationToken cancellationToken)
    {
        var project = Path.Combine(layout.Root, "tools", options.Reference ? "SaleDay.Reference" : "SaleDay");
        var projectFile = Path.Combine(project, Path.GetFileName(project) + ".csproj");
        if (!File.Exists(projectFile))
        {
            throw new UsageException(language == Language.Korean
                ? $"{layout.Relative(projectFile)}이(가) 없습니다: 이 코스 사본에는 세일 날이 없습니다."
                : $"{layout.Relative(projectFile)} is missing: this copy of the course has no sale day.");
        }

        terminal.WriteLine(language == Language.Korean ? "세일 날을 빌드하는 중..." : "Building the sale day...", Style.Dim);
        // The compiler's messages in the student's language too, as in the kata loop.
        var uiLanguage = language == Language.Korean ? "ko-KR" : null;
        var build = await DotnetBuild.RunAsync(projectFile, layout.Root, uiLanguage, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!build.Succeeded)
        {
            terminal.WriteLine(language == Language.Korean
                ? "세일 날은 네 카타가 모두 컴파일되어야 실행됩니다. 먼저 이 오류를 고치세요:"
                : "The sale day runs on all four katas, and they must compile. Fix these first:", Style.Red);
            foreach (var error in build.Errors.Take(10))
            {
                var where = error.File is null ? layout.Relative(error.Project ?? "") : $"{layout.Relative(error.File)}:{error.Line}";
                terminal.WriteLine($"  ✘ {where}: {error.Code}: {error.Message}", Style.Red);
            }

            return ExitCodes.Red;
        }

        var assembly = FindBuilt(project);
        var arguments = new List<string>
        {
            "exec", assembly, "--report", Path.Combine(layout.ScratchDirectory, "sale-day.html"),

            // The day speaks the student's language: its lines, its tables and its report.
            "--lang", language == Language.Korean ? "ko" : "en",
        };
        if (options.Seed is int seed)
        {
            arguments.AddRange(["--seed", seed.ToString(CultureInfo.InvariantCulture)]);
        }

        if (options.NoLive)
        {
            arguments.Add("--no-live");
        }

        // The sale day colours what this tool would colour: not with --no-color, NO_COLOR or a redirected output.
        if (!terminal.Color)
        {
            arguments.Add("--no-color");
        }

        // The sale day draws its own live table: it gets this terminal, not a pipe.
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = layout.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return process.ExitCode;
    }

    private static string FindBuilt(string project) =>
        Directory.EnumerateFiles(Path.Combine(project, "bin"), "saleday.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .First();
}
