using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Katas.Tool.Running;

/// <summary>
/// The results of a kata's last complete spec run, kept beside its results file and given back while
/// nothing it ran has changed: the student loop runs again only the specs of the katas that were edited.
/// </summary>
/// <remarks>
/// What a run depends on is its key: every file of the spec assembly's folder (the specs, the student's
/// kata copied there by the build, the libraries; path, size and time of last write), the run's options
/// and the language settings the spec process inherits. A build that writes any of those files again
/// changes the key, so the cache can only run specs again when it need not, never skip a run it needs.
/// Only completed runs are kept: a run that timed out or crashed always runs again. As with a test
/// cache in Bazel or Gradle, a spec that fails only now and then keeps its last outcome until something
/// changes; the loop therefore always runs the kata the student works on (<see cref="StudentLoop"/>).
/// </remarks>
internal static class SpecRunCache
{
    /// <summary>The last complete run of <paramref name="assembly"/> with these options, or null when anything it ran has changed since.</summary>
    public static SpecRun? TryGet(string? assembly, string resultsDirectory, SpecRunOptions options)
    {
        if (assembly is null || !File.Exists(assembly))
        {
            return null;
        }

        var (resultsFile, keyFile) = Files(assembly, resultsDirectory);
        try
        {
            if (!File.Exists(resultsFile) || !File.Exists(keyFile) || File.ReadAllText(keyFile) != Key(assembly, options))
            {
                return null;
            }

            return new SpecRun(SpecRunStatus.Completed, XunitResultsFile.Read(resultsFile));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            // A results file half-written or removed under us: running the specs again is the answer.
            return null;
        }
    }

    /// <summary>Keeps <paramref name="run"/> for <see cref="TryGet"/> when it completed; forgets the last one otherwise.</summary>
    public static void Store(string? assembly, string resultsDirectory, SpecRunOptions options, SpecRun run)
    {
        if (assembly is null || !File.Exists(assembly))
        {
            return;
        }

        var (_, keyFile) = Files(assembly, resultsDirectory);
        try
        {
            if (!run.Completed)
            {
                File.Delete(keyFile);
                return;
            }

            // Written aside and moved: a key is either whole or absent.
            var temporary = keyFile + ".tmp";
            File.WriteAllText(temporary, Key(assembly, options));
            File.Move(temporary, keyFile, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Without a key the next loop runs the specs again: slower, never wrong.
        }
    }

    /// <summary>What a run of <paramref name="assembly"/> with <paramref name="options"/> depends on, as one hash.</summary>
    internal static string Key(string assembly, SpecRunOptions options)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(assembly))!;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"assembly {Path.GetFullPath(assembly)}\n");
        text.Append(CultureInfo.InvariantCulture, $"options {options.Timeout.Ticks} {options.SpecTimeout?.Ticks} {options.UnlockAllSteps} {options.Step} {string.Join(',', options.Steps)}\n");
        foreach (var variable in s_inheritedSettings)
        {
            text.Append(CultureInfo.InvariantCulture, $"env {variable}={Environment.GetEnvironmentVariable(variable)}\n");
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            text.Append(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(folder, file)} {info.Length} {info.LastWriteTimeUtc.Ticks}\n");
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The settings a spec process inherits that can change what the specs say.</summary>
    private static readonly string[] s_inheritedSettings = ["LANG", "LC_ALL", "LC_MESSAGES", "TZ", "DOTNET_CLI_UI_LANGUAGE"];

    private static (string Results, string Key) Files(string assembly, string resultsDirectory)
    {
        var name = Path.GetFileNameWithoutExtension(assembly);
        return (Path.Combine(resultsDirectory, name + ".xml"), Path.Combine(resultsDirectory, name + ".key"));
    }
}
