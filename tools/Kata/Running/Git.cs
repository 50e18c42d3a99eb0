using System.ComponentModel;

namespace Katas.Tool.Running;

/// <summary>The little the tool asks git. Git is optional: without it the answers are empty.</summary>
internal static class Git
{
    /// <summary>`git status --porcelain` of a path, or null when git is not there or this is no repository.</summary>
    public static async Task<string?> StatusOfAsync(string repository, string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var outcome = await ProcessRunner.RunAsync(
                new ProcessSpec("git", ["status", "--porcelain", "--", path], repository, TimeSpan.FromSeconds(20)),
                cancellationToken).ConfigureAwait(false);
            return outcome.ExitCode == 0 ? outcome.Output : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
