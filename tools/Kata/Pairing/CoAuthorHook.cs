using System.Text;

namespace Katas.Tool.Pairing;

/// <summary>
/// The prepare-commit-msg hook that adds a <c>Co-authored-by:</c> trailer for every member of the pair
/// but the commit's author, to every commit made while the session runs. A hook of the repository's own
/// is kept beside it under another name, called first, and put back when the session ends, so the hooks
/// folder is then exactly as it was (git's config is never touched).
/// </summary>
internal sealed class CoAuthorHook(string hooksDirectory)
{
    public const string HookName = "prepare-commit-msg";
    private const string SavedName = HookName + ".kata-pair-saved";
    private const string CreatedMarker = ".kata-pair-created";
    private const string Signature = "# kata pair: Co-authored-by trailers for the pair.";

    private string HookPath => Path.Combine(hooksDirectory, HookName);

    private string SavedPath => Path.Combine(hooksDirectory, SavedName);

    public bool IsInstalled => File.Exists(HookPath) && File.ReadAllText(HookPath).Contains(Signature, StringComparison.Ordinal);

    public void Install(IEnumerable<PairPerson> people)
    {
        if (!Directory.Exists(hooksDirectory))
        {
            Directory.CreateDirectory(hooksDirectory);
            File.WriteAllText(Path.Combine(hooksDirectory, CreatedMarker), "");
        }

        if (File.Exists(HookPath) && !IsInstalled)
        {
            File.Move(HookPath, SavedPath);
        }

        File.WriteAllText(HookPath, Script(people));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(HookPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    /// <summary>Removes the hook and puts the repository's own back; nothing happens when it is not installed.</summary>
    public void Remove()
    {
        if (IsInstalled)
        {
            File.Delete(HookPath);
        }

        if (File.Exists(SavedPath) && !File.Exists(HookPath))
        {
            File.Move(SavedPath, HookPath);
        }

        var created = Path.Combine(hooksDirectory, CreatedMarker);
        if (File.Exists(created))
        {
            File.Delete(created);
            if (!Directory.EnumerateFileSystemEntries(hooksDirectory).Any())
            {
                Directory.Delete(hooksDirectory);
            }
        }
    }

    private static string Script(IEnumerable<PairPerson> people)
    {
        var script = new StringBuilder();
        script.Append("#!/bin/sh\n");
        script.Append(Signature).Append('\n');
        script.Append("# Installed by `./kata pair start`; `./kata pair stop` and `./kata pair done` remove it.\n");
        script.Append("hooks=\"$(dirname \"$0\")\"\n");
        script.Append("if [ -x \"$hooks/").Append(SavedName).Append("\" ]; then\n");
        script.Append("  \"$hooks/").Append(SavedName).Append("\" \"$@\" || exit $?\n");
        script.Append("fi\n");
        script.Append("author=\"$(git var GIT_AUTHOR_IDENT | sed -n 's/.*<\\(.*\\)>.*/\\1/p' | tr 'A-Z' 'a-z')\"\n");
        script.Append("credit() {\n");
        script.Append("  [ \"$(printf '%s' \"$2\" | tr 'A-Z' 'a-z')\" = \"$author\" ] && return 0\n");
        script.Append("  git interpret-trailers --in-place --if-exists addIfDifferent --trailer \"Co-authored-by: $1 <$2>\" \"$msg\"\n");
        script.Append("}\n");
        script.Append("msg=\"$1\"\n");
        foreach (var person in people)
        {
            script.Append("credit ").Append(Quoted(person.Name)).Append(' ').Append(Quoted(person.Email)).Append('\n');
        }

        script.Append("exit 0\n");
        return script.ToString();
    }

    private static string Quoted(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
