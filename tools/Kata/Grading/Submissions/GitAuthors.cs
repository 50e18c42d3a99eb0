using System.ComponentModel;
using System.Text.RegularExpressions;
using Katas.Tool.Grading.Model;
using Katas.Tool.Running;

namespace Katas.Tool.Grading.Submissions;

/// <summary>
/// The people of a submission's git history: commit authors and <c>Co-authored-by:</c> trailers (pairs
/// and mobs). Git runs with the repository's own hooks, pager and fsmonitor turned off: a submission's
/// .git/config is untrusted too.
/// </summary>
internal static partial class GitAuthors
{
    public static async Task<IReadOnlyList<Person>> ReadAsync(string root, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(root, ".git")) && !File.Exists(Path.Combine(root, ".git")))
        {
            return [];
        }

        ProcessOutcome outcome;
        try
        {
            outcome = await ProcessRunner.RunAsync(
                new ProcessSpec(
                    "git",
                    [
                        "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "safe.directory=*",
                        "--no-pager", "log", "--no-show-signature", "--max-count=2000",
                        "--format=%an%x1f%ae%x1f%(trailers:key=Co-authored-by,valueonly,separator=%x1e)%x1d",
                    ],
                    root,
                    TimeSpan.FromSeconds(30))
                {
                    Environment = new Dictionary<string, string?> { ["GIT_CONFIG_NOSYSTEM"] = "1", ["GIT_TERMINAL_PROMPT"] = "0", ["GIT_OPTIONAL_LOCKS"] = "0" },
                    MaxOutputCharacters = 4 * 1024 * 1024,
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Win32Exception)
        {
            return [];
        }

        return outcome.ExitCode == 0 ? Parse(outcome.Output) : [];
    }

    /// <summary>Reads the log format above; the first person named with an e-mail wins for that e-mail.</summary>
    public static IReadOnlyList<Person> Parse(string log)
    {
        var people = new List<Person>();
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in log.Split('\x1d', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = record.Split('\x1f');
            if (fields.Length >= 2)
            {
                Add(fields[0], fields[1]);
            }

            if (fields.Length >= 3)
            {
                foreach (var trailer in fields[2].Split('\x1e', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var match = Trailer().Match(trailer);
                    if (match.Success)
                    {
                        Add(match.Groups["name"].Value, match.Groups["email"].Value);
                    }
                }
            }
        }

        return people;

        void Add(string name, string email)
        {
            name = name.Trim();
            email = email.Trim();
            if (name.Length > 0 && (email.Length == 0 ? people.All(p => p.Name != name) : emails.Add(email)))
            {
                people.Add(new Person(name, email.Length == 0 ? null : email));
            }
        }
    }

    [GeneratedRegex(@"^(?<name>[^<]+?)\s*<(?<email>[^>]*)>$")]
    private static partial Regex Trailer();
}
