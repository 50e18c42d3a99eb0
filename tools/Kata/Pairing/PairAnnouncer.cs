using System.Text;
using System.Text.Json;
using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Rendering;

namespace Katas.Tool.Pairing;

/// <summary>
/// The pair session's side of the kata loop and the watch: <see cref="StepsPassed"/> is called with the
/// steps that pass after each run, and announces a swap when one of them turned green. Announcements
/// also go to .kata/pair/announcements.log, which `pair status` and scripts can read.
/// </summary>
internal static class PairAnnouncer
{
    /// <summary>
    /// Called by the kata loop and the watch after a run, with every step that passes now ("Kata/N") and
    /// the kata the student works on. Remembers what passes (also without a session, so that a session
    /// started later counts only the steps turned green in it); in a session, a step that passes for the
    /// first time is done together and announces the swap, with the kata's pair discussion questions.
    /// </summary>
    public static void StepsPassed(RepositoryLayout layout, IReadOnlyCollection<string> passing, string? currentKata, Terminal terminal, Language language)
    {
        var knownFile = Path.Combine(PairSession.Folder(layout), "green.json");
        var known = ReadSet(knownFile);
        var newly = passing.Where(step => !known.Contains(step)).ToArray();
        if (newly.Length > 0)
        {
            known.UnionWith(newly);
            Directory.CreateDirectory(PairSession.Folder(layout));
            File.WriteAllText(knownFile, JsonSerializer.Serialize(known.Order(StringComparer.Ordinal)));
        }

        if (PairSession.Load(layout) is not { } session)
        {
            return;
        }

        var updated = session with
        {
            CurrentKata = currentKata ?? session.CurrentKata,
            StepsDone = session.StepsDone.Union(newly).ToArray(),
        };
        if (updated.CurrentKata != session.CurrentKata || newly.Length > 0)
        {
            updated.Save(layout);
        }

        if (newly.Length > 0)
        {
            Announce(layout, language, PairTexts.For(language).StepsGreen(updated, newly), newly[^1].Split('/')[0], terminal);
        }
    }

    /// <summary>Shows an announcement with the kata's discussion questions: on <paramref name="toTerminal"/>, else on the terminal itself.</summary>
    public static void Announce(RepositoryLayout layout, Language language, string headline, string? kata, Terminal? toTerminal)
    {
        kata ??= CourseCatalog.Load(layout).Katas.FirstOrDefault()?.Name;
        var questions = kata is null ? [] : DiscussionQuestions.Of(layout, kata, language);
        var text = new StringBuilder();
        text.Append(headline).Append('\n');
        if (questions.Count > 0)
        {
            text.Append("  ").Append(PairTexts.For(language).Questions(kata!)).Append('\n');
            for (var i = 0; i < questions.Count; i++)
            {
                text.Append("   ").Append(i + 1).Append(". ").Append(questions[i]).Append('\n');
            }
        }

        try
        {
            Directory.CreateDirectory(PairSession.Folder(layout));
            File.AppendAllText(Path.Combine(PairSession.Folder(layout), "announcements.log"), $"{DateTimeOffset.UtcNow:u} {headline}\n");
        }
        catch (IOException)
        {
        }

        if (toTerminal is not null)
        {
            toTerminal.WriteLine();
            toTerminal.WriteLine(text.ToString().TrimEnd('\n'), Style.Yellow);
            return;
        }

        WriteToControllingTerminal("\n\a" + text.ToString().Replace("\n", "\r\n", StringComparison.Ordinal));
    }

    /// <summary>The timer runs in the background: it writes to the terminal it was started from, when there is one.</summary>
    private static void WriteToControllingTerminal(string text)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            using var tty = new FileStream("/dev/tty", FileMode.Open, FileAccess.Write);
            var bytes = Encoding.UTF8.GetBytes(text);
            tty.Write(bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // No terminal (a script, CI): the announcement is in the log.
        }
    }

    private static HashSet<string> ReadSet(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<HashSet<string>>(File.ReadAllText(path)) ?? [] : [];
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            return [];
        }
    }
}
