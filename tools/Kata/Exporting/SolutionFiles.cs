using System.Text.Json;
using System.Text.Json.Nodes;
using Katas.Tool.Running;

namespace Katas.Tool.Exporting;

/// <summary>
/// Makes the solution files of a copy list only the projects the copy has: the solution the tool reads,
/// through <c>dotnet sln remove</c> (which also drops the solution folders left empty), and every
/// solution filter (.slnf) by hand.
/// </summary>
internal static class SolutionFiles
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    public static async Task PruneAsync(string root, string solutionName, CancellationToken cancellationToken)
    {
        var solution = Path.Combine(root, solutionName);
        if (File.Exists(solution))
        {
            var listed = await DotnetSlnAsync(root, [solutionName, "list"], cancellationToken).ConfigureAwait(false);
            var missing = listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(line => line.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
                .Where(project => !File.Exists(Path.Combine(root, project.Replace('\\', '/'))))
                .ToArray();
            if (missing.Length > 0)
            {
                await DotnetSlnAsync(root, [solutionName, "remove", .. missing], cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var filter in Directory.EnumerateFiles(root, "*.slnf"))
        {
            PruneFilter(root, filter);
        }
    }

    private static void PruneFilter(string root, string path)
    {
        var document = JsonNode.Parse(File.ReadAllText(path)) as JsonObject;
        if (document?["solution"]?["projects"] is not JsonArray projects)
        {
            return;
        }

        var directory = Path.GetDirectoryName(path)!;
        var solutionPath = document["solution"]?["path"]?.GetValue<string>() ?? "";
        var solutionDirectory = Path.GetDirectoryName(Path.Combine(directory, solutionPath)) ?? root;
        var kept = projects
            .Select(p => p?.GetValue<string>())
            .Where(p => p is not null && File.Exists(Path.Combine(solutionDirectory, p.Replace('\\', '/'))))
            .Select(p => (JsonNode)JsonValue.Create(p!))
            .ToArray();
        if (kept.Length == projects.Count)
        {
            return;
        }

        document["solution"]!["projects"] = new JsonArray(kept);
        File.WriteAllText(path, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static async Task<ProcessOutcome> DotnetSlnAsync(string root, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var outcome = await ProcessRunner.RunAsync(
            new ProcessSpec("dotnet", ["sln", .. args], root, s_timeout) { Environment = Dotnet.QuietEnvironment },
            cancellationToken).ConfigureAwait(false);
        return outcome.ExitCode == 0
            ? outcome
            : throw new InvalidOperationException($"dotnet sln {string.Join(' ', args)} failed: {outcome.Error.Trim()} {outcome.Output.Trim()}");
    }
}
