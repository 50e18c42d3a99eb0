using System.Text.RegularExpressions;
using Katas.Tool.Cli;
using Katas.Tool.Course;

namespace Katas.Tool.Pairing;

/// <summary>The numbered questions under a guide's "## Pair discussion" (Korean "## 페어 토론") heading.</summary>
internal static partial class DiscussionQuestions
{
    public static IReadOnlyList<string> Of(RepositoryLayout layout, string kata, Language language)
    {
        var guide = layout.Guide(kata, language);
        return File.Exists(guide) ? Parse(File.ReadAllText(guide), language) : [];
    }

    public static IReadOnlyList<string> Parse(string markdown, Language language)
    {
        var heading = language == Language.Korean ? "## 페어 토론" : "## Pair discussion";
        var questions = new List<string>();
        var inside = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inside = line.Trim() == heading;
                continue;
            }

            if (!inside || line.Trim().Length == 0)
            {
                continue;
            }

            if (NumberedItem().Match(line) is { Success: true } item)
            {
                questions.Add(item.Groups["text"].Value.Trim());
            }
            else if (questions.Count > 0 && char.IsWhiteSpace(line[0]))
            {
                // A question that goes on over the next, indented line.
                questions[^1] += " " + line.Trim();
            }
        }

        return questions;
    }

    [GeneratedRegex(@"^\d+[.)]\s+(?<text>.+)$")]
    private static partial Regex NumberedItem();
}
