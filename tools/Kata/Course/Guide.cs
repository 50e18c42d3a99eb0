using System.Text;
using System.Text.RegularExpressions;
using Katas.Tool.Cli;

namespace Katas.Tool.Course;

/// <summary>
/// A kata's guide (README.md or README.ko.md) read for its steps. A step starts at a heading
/// <c>## Step N: Title</c> (Korean: <c>## N단계: 제목</c>) and ends at the next level-2 heading; its first
/// paragraph is its goal, and the numbered items under <c>### Hints</c> (<c>### 힌트</c>) are its hints.
/// </summary>
internal sealed partial class Guide
{
    private Guide(string path, IReadOnlyDictionary<int, GuideStep> steps)
    {
        Path = path;
        Steps = steps;
    }

    /// <summary>The guide's path relative to the repository.</summary>
    public string Path { get; }

    public IReadOnlyDictionary<int, GuideStep> Steps { get; }

    public static Guide Load(RepositoryLayout layout, string kata, Language language)
    {
        var file = layout.Guide(kata, language);
        return Parse(layout.Relative(file), File.Exists(file) ? File.ReadAllText(file) : "", language);
    }

    public static Guide Parse(string path, string markdown, Language language)
    {
        var stepHeading = language == Language.Korean ? KoreanStepHeading() : EnglishStepHeading();
        var hintsHeading = language == Language.Korean ? KoreanHintsHeading() : EnglishHintsHeading();
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var steps = new Dictionary<int, GuideStep>();

        Section? section = null;
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
            {
                Close(section, steps);
                var match = stepHeading.Match(line);
                section = match.Success ? new Section(int.Parse(match.Groups["number"].Value), match.Groups["title"].Value.Trim(), i + 1) : null;
                continue;
            }

            if (section is null)
            {
                continue;
            }

            if (!inFence && line.StartsWith("### ", StringComparison.Ordinal))
            {
                section.InHints = hintsHeading.IsMatch(line);
                section.GoalDone = true;
                continue;
            }

            section.Add(line);
        }

        Close(section, steps);
        return new Guide(path, steps);
    }

    private static void Close(Section? section, Dictionary<int, GuideStep> steps)
    {
        if (section is not null)
        {
            steps.TryAdd(section.Number, section.ToStep());
        }
    }

    [GeneratedRegex(@"^##\s+Step\s+(?<number>\d+)\s*:\s*(?<title>.+)$")]
    private static partial Regex EnglishStepHeading();

    [GeneratedRegex(@"^##\s+(?<number>\d+)\s*단계\s*:\s*(?<title>.+)$")]
    private static partial Regex KoreanStepHeading();

    [GeneratedRegex(@"^###\s+Hints?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishHintsHeading();

    [GeneratedRegex(@"^###\s+힌트\s*$")]
    private static partial Regex KoreanHintsHeading();

    [GeneratedRegex(@"^\s*(?:\d+[.)]|[-*])\s+(?<text>.*)$")]
    private static partial Regex ListItem();

    private sealed class Section(int number, string title, int line)
    {
        private readonly StringBuilder _goal = new();
        private readonly List<StringBuilder> _hints = [];

        public int Number { get; } = number;

        public bool GoalDone { get; set; }

        public bool InHints { get; set; }

        public void Add(string line)
        {
            if (InHints)
            {
                AddHintLine(line);
            }
            else if (!GoalDone)
            {
                if (line.Trim().Length == 0)
                {
                    GoalDone = _goal.Length > 0;
                }
                else
                {
                    _goal.Append(_goal.Length > 0 ? " " : "").Append(line.Trim());
                }
            }
        }

        public GuideStep ToStep() => new(Number, title, line, _goal.ToString(), _hints.Select(h => h.ToString()).ToArray());

        private void AddHintLine(string line)
        {
            // A hint is a list item; indented lines continue it; anything else ends the list.
            if (line.Trim().Length == 0)
            {
                return;
            }

            var item = ListItem().Match(line);
            if (item.Success && !char.IsWhiteSpace(line[0]))
            {
                _hints.Add(new StringBuilder(item.Groups["text"].Value.Trim()));
            }
            else if (char.IsWhiteSpace(line[0]) && _hints.Count > 0)
            {
                _hints[^1].Append(' ').Append(line.Trim());
            }
            else
            {
                InHints = false;
            }
        }
    }
}
