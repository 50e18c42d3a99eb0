using System.Text;

namespace Katas.Tool.Grading.Reports;

/// <summary>
/// Builds Markdown (GitHub's flavour, which Gradescope's md output also renders) line by line with
/// "\n" line ends, and quotes text that is not Markdown (names, paths, spec messages) so that it shows
/// as written.
/// </summary>
internal sealed class Markdown
{
    private readonly StringBuilder text = new();

    public Markdown Line(string line = "")
    {
        text.Append(line).Append('\n');
        return this;
    }

    /// <summary>A blank line before the next block, unless the text is empty or already ends with one.</summary>
    public Markdown Paragraph()
    {
        if (text.Length > 0 && !(text.Length >= 2 && text[^1] == '\n' && text[^2] == '\n'))
        {
            text.Append('\n');
        }

        return this;
    }

    /// <summary>A fenced code block, indented to sit inside a list item when <paramref name="indent"/> is set.</summary>
    public Markdown Fenced(string content, string indent = "")
    {
        var fence = new string('`', Math.Max(3, LongestRun(content, '`') + 1));
        Line(indent + fence);
        foreach (var line in Lines(content))
        {
            Line(line.Length == 0 ? "" : indent + line);
        }

        return Line(indent + fence);
    }

    public override string ToString() => text.ToString();

    /// <summary>Text shown as written: Markdown's own characters get a backslash, line breaks become spaces.</summary>
    public static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~')
            {
                escaped.Append('\\').Append(c);
            }
            else if (c is '\r' or '\n')
            {
                escaped.Append(' ');
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Inline code that holds any text, backticks included.</summary>
    public static string Code(string value)
    {
        var flat = value.ReplaceLineEndings(" ");
        var ticks = new string('`', LongestRun(flat, '`') + 1);
        var pad = flat.StartsWith('`') || flat.EndsWith('`') ? " " : "";
        return ticks + pad + flat + pad + ticks;
    }

    public static string Link(string label, string address) => $"[{Escape(label)}]({address.Replace(" ", "%20").Replace(")", "%29")})";

    public static IEnumerable<string> Lines(string content) =>
        content.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    private static int LongestRun(string value, char c)
    {
        int longest = 0, run = 0;
        foreach (var x in value)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
