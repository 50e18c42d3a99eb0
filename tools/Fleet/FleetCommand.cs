using System.Globalization;

namespace Katas.Fleet.Command;

/// <summary>
/// One line typed at the fleet prompt, such as <c>crash 2</c> or <c>slow 1 500</c>, applied to a fleet.
/// Backends are numbered from 1, as their names are (web-1, web-2...).
/// </summary>
internal static class FleetCommand
{
    public const string Help = """
        Commands (backends are numbered from 1):
          status                 every backend: address, state, requests served and refused
          crash <n>              the container dies: its port refuses connections
          restart <n>            docker restart: it listens again on the same port
          hang <n>               accepts requests and never answers
          slow <n> <ms>          answers every request after <ms>
          error <n> [status]     answers every request with 500 (or the status given)
          flap <n> <ms>          alternates between service and 500 every <ms>
          burn <n> <ms>          each unit of work keeps a CPU core busy for <ms>
          drift <n> <key>=<value>  changes one setting of its /config (configuration drift)
          heal <n>               back to normal service
          help, quit
        """;

    /// <summary>Runs one command; returns what to print. Mistakes come back as a message, never an exception.</summary>
    public static async Task<string> RunAsync(Fleet fleet, string line, CancellationToken cancellationToken = default)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return "";
        }

        try
        {
            switch (words[0].ToLowerInvariant())
            {
                case "help" or "?":
                    return Help;
                case "status":
                    return Status(fleet);
                case "crash":
                    await Backend(fleet, words).CrashAsync().ConfigureAwait(false);
                    return $"{words[1]}: crashed";
                case "restart":
                    await Backend(fleet, words).RestartAsync(cancellationToken).ConfigureAwait(false);
                    return $"{words[1]}: restarted";
                case "hang":
                    Backend(fleet, words).Behavior = BackendBehavior.Hang;
                    return $"{words[1]}: hangs";
                case "slow":
                    Backend(fleet, words).Behavior = BackendBehavior.Slow(Milliseconds(words, 2));
                    return $"{words[1]}: slow";
                case "error":
                    Backend(fleet, words).Behavior = BackendBehavior.Status(words.Length > 2 ? Number(words, 2) : 500);
                    return $"{words[1]}: errors";
                case "flap":
                    Backend(fleet, words).Behavior = BackendBehavior.Flapping(Milliseconds(words, 2));
                    return $"{words[1]}: flapping";
                case "burn":
                    Backend(fleet, words).Behavior = BackendBehavior.CpuBound(Milliseconds(words, 2));
                    return $"{words[1]}: burning CPU";
                case "drift":
                    var backend = Backend(fleet, words);
                    backend.Config = Drift(backend.Config ?? "", Argument(words, 2));
                    return $"{words[1]}: drifted";
                case "heal":
                    Backend(fleet, words).Behavior = BackendBehavior.Healthy;
                    return $"{words[1]}: healthy";
                default:
                    return $"Unknown command '{words[0]}'. Type 'help' for the commands.";
            }
        }
        catch (FormatException exception)
        {
            return exception.Message;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
        catch (IOException exception)
        {
            return $"{words[1]}: {exception.Message}";
        }
    }

    /// <summary>Sets <c>key = value</c> in an app.conf text, adding the line when the key is new.</summary>
    internal static string Drift(string config, string assignment)
    {
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"drift takes <key>=<value>, not '{assignment}'.");
        }

        var key = assignment[..equals].Trim();
        var value = assignment[(equals + 1)..].Trim();
        var lines = config.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Where(l => l.Length > 0).ToList();
        var index = lines.FindIndex(l => l.Split('=')[0].Trim() == key);
        if (index >= 0)
        {
            lines[index] = $"{key} = {value}";
        }
        else
        {
            lines.Add($"{key} = {value}");
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string Status(Fleet fleet) => string.Join(Environment.NewLine, fleet.Backends.Select(b =>
        $"  {b.Name,-7} {b.BaseAddress,-26} {(b.IsRunning ? Describe(b.Behavior) : "crashed"),-10} served {b.Served,6}  refused {b.Rejected,6}  in flight {b.InFlight,3}"));

    private static string Describe(BackendBehavior behavior) => behavior.GetType().Name switch
    {
        "Serving" => "healthy",
        "Answer" => "errors",
        "Delayed" => "slow",
        "Hanging" => "hangs",
        "Alternating" => "flapping",
        "Burning" => "cpu-bound",
        var other => other.ToLowerInvariant(),
    };

    private static Backend Backend(Fleet fleet, string[] words)
    {
        var number = Number(words, 1);
        var backends = fleet.Backends;
        return number >= 1 && number <= backends.Count
            ? backends[number - 1]
            : throw new ArgumentException($"There is no backend {number}: the fleet has 1 to {backends.Count}.");
    }

    private static TimeSpan Milliseconds(string[] words, int index) => TimeSpan.FromMilliseconds(Number(words, index));

    private static int Number(string[] words, int index)
    {
        var text = Argument(words, index);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"'{words[0]}' takes a whole number here, not '{text}'.");
    }

    private static string Argument(string[] words, int index) =>
        index < words.Length ? words[index] : throw new FormatException($"'{words[0]}' needs more arguments. Type 'help'.");
}
