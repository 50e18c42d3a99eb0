using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Katas.Tool.Grading.Model;

namespace Katas.Tool.Grading.Reports;

/// <summary>
/// What every report shares so that the same grade gives the same bytes on any machine: invariant
/// numbers, "\n" line ends, and one way to name a step and to number a kata.
/// </summary>
internal static class ReportFormat
{
    /// <summary>Points for people: at most two decimals, no trailing zeros, invariant (<c>7.5</c>, <c>10</c>).</summary>
    public static string Points(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A percentage for people, whole (<c>67%</c>).</summary>
    public static string Percent(int part, int whole) =>
        (whole == 0 ? 0 : Math.Round(100m * part / whole, MidpointRounding.AwayFromZero))
            .ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// Points for machines: the exact value without trailing zeros (2.50m becomes 2.5), so that the
    /// tests of a JSON report add up to its total exactly and the text does not depend on how the
    /// value was computed.
    /// </summary>
    public static decimal Exact(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Seconds with millisecond precision.</summary>
    public static decimal Seconds(TimeSpan elapsed) => Exact(Math.Round((decimal)elapsed.TotalSeconds, 3));

    /// <summary>Fills a text's format items with invariant formatting.</summary>
    public static string Format(string text, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, text, arguments);

    /// <summary>"HealthChecker · Step 1: One probe" (or its Korean form): a step's name in every report.</summary>
    public static string StepName(GradingTexts texts, KataGrade kata, StepGrade step) =>
        kata.Kata + " · " + StepHeading(texts, step);

    /// <summary>"Step 1: One probe" (or its Korean form).</summary>
    public static string StepHeading(GradingTexts texts, StepGrade step) =>
        Format(texts.StepHeading, step.Number, step.Title);

    /// <summary>
    /// A kata's number is its place in <see cref="SubmissionGrade.Katas"/> (the course's order), from 1;
    /// a step's number is "kata.step" (Gradescope's test number).
    /// </summary>
    public static string StepNumber(SubmissionGrade grade, KataGrade kata, StepGrade step) =>
        Format("{0}.{1}", KataNumber(grade, kata), step.Number);

    public static int KataNumber(SubmissionGrade grade, KataGrade kata)
    {
        for (var i = 0; i < grade.Katas.Count; i++)
        {
            if (ReferenceEquals(grade.Katas[i], kata))
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"The kata {kata.Kata} is not one of the grade's katas.", nameof(kata));
    }

    /// <summary>
    /// Points taken from a kata beyond its steps' (SPOF deductions, as far as they took points): what a
    /// report that adds up its tests must subtract to reach the kata's score.
    /// </summary>
    public static decimal Deducted(KataGrade kata) => kata.Steps.Sum(s => s.Points) - kata.Score;

    /// <summary>Indented JSON with "\n" line ends and readable (unescaped) Korean.</summary>
    public static JsonWriterOptions JsonOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a JSON document to a string with <see cref="JsonOptions"/>, ending in a line end.</summary>
    public static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>
    /// A long text (a spec message with a dump, a page of compiler lines) cut to its first lines, so
    /// that one runaway message does not bury the rest of a report.
    /// </summary>
    public static string Clip(string text, GradingTexts texts, int maxLines = 30)
    {
        var lines = Markdown.Lines(text).ToList();
        return lines.Count <= maxLines
            ? string.Join("\n", lines)
            : string.Join("\n", lines.Take(maxLines)) + "\n" + Format(texts.MoreLines, lines.Count - maxLines);
    }

    public static string ChangeName(GradingTexts texts, FileChange change) => change switch
    {
        FileChange.Added => texts.ChangeAdded,
        FileChange.Changed => texts.ChangeChanged,
        FileChange.Removed => texts.ChangeRemoved,
        _ => texts.ChangeRefused,
    };
}
