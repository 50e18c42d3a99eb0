using System.Text;
using System.Xml;
using System.Xml.Linq;
using Katas.Tool.Grading.Model;
using static Katas.Tool.Grading.Reports.ReportFormat;

namespace Katas.Tool.Grading.Reports;

/// <summary>
/// JUnit XML, which GitLab, Azure DevOps, Jenkins and most CI read: one <c>testsuite</c> per kata, one
/// <c>testcase</c> per spec (classname <c>Kata.StepN</c>, name the spec's display name), a
/// <c>failure</c> for a spec that failed or that the grader never saw finish. A step with no spec to
/// show (its kata does not compile or was not submitted, or no spec ran) is one test case with an
/// <c>error</c>, so that a broken kata never looks like an empty, green suite. Times are 0 but the
/// whole run's: the grader does not time specs one by one.
/// </summary>
internal static class JUnitReport
{
    /// <summary>The XML text, UTF-8 declared; the same grade gives the same text.</summary>
    public static string Render(SubmissionGrade grade, Cli.Language language)
    {
        var texts = GradingTexts.For(language);
        var suites = grade.Katas.Select(kata => Suite(kata, texts)).ToList();
        var root = new XElement(
            "testsuites",
            new XAttribute("name", Clean(grade.Name)),
            Counts(suites),
            new XAttribute("time", Seconds(grade.Elapsed)),
            suites);
        if (grade.Problem is not null)
        {
            root.Add(new XElement("system-err", Clean(Format(texts.SubmissionProblem, grade.Problem))));
        }

        if (!grade.Sandboxed)
        {
            root.AddFirst(new XElement("properties", new XElement("property", new XAttribute("name", "sandboxed"), new XAttribute("value", "false"))));
        }

        return Write(new XDocument(root));
    }

    private static XElement Suite(KataGrade kata, GradingTexts texts)
    {
        var cases = kata.Steps.SelectMany(step => Cases(kata, step, texts)).ToList();
        return new XElement(
            "testsuite",
            new XAttribute("name", Clean(kata.Kata)),
            Counts(cases),
            new XAttribute("skipped", 0),
            new XAttribute("time", 0),
            cases);
    }

    private static IEnumerable<XElement> Cases(KataGrade kata, StepGrade step, GradingTexts texts)
    {
        var classname = $"{kata.Kata}.Step{step.Number}";
        var why = kata.Status switch
        {
            KataGradeStatus.NotCompiling => ("compile-error", Format(texts.CompilerLinesShort, kata.Kata, kata.CompilerErrors.FirstOrDefault() ?? ""), string.Join("\n", kata.CompilerErrors)),
            KataGradeStatus.Missing => ("missing", Format(texts.KataMissing, kata.Kata), ""),
            _ when step.Specs.Count == 0 => ("no-specs", step.Problem ?? texts.NoSpecsRan, ""),
            _ => default((string Type, string Message, string Text)?),
        };
        if (why is { } error)
        {
            yield return Case(classname, StepHeading(texts, step), new XElement(
                "error",
                new XAttribute("message", Clean(error.Message)),
                new XAttribute("type", error.Type),
                Clean(error.Text)));
            yield break;
        }

        foreach (var spec in step.Specs)
        {
            yield return spec.Verdict switch
            {
                SpecVerdict.Passed => Case(classname, spec.DisplayName),
                SpecVerdict.Failed => Case(classname, spec.DisplayName, Failure("failed", spec.Message ?? "")),
                _ => Case(classname, spec.DisplayName, Failure(
                    "not-seen",
                    step.Problem is null ? texts.NotSeen : texts.NotSeen + "\n" + Format(texts.StepProblem, step.Problem))),
            };
        }
    }

    private static XElement Case(string classname, string name, XElement? outcome = null) => new(
        "testcase",
        new XAttribute("classname", Clean(classname)),
        new XAttribute("name", Clean(name)),
        new XAttribute("time", 0),
        outcome);

    /// <summary>The message attribute holds the first line; the element the whole text.</summary>
    private static XElement Failure(string type, string message) => new(
        "failure",
        new XAttribute("message", Clean(Markdown.Lines(message).First())),
        new XAttribute("type", type),
        Clean(message));

    private static IEnumerable<XAttribute> Counts(IReadOnlyList<XElement> elements)
    {
        var cases = elements.Select(e => e.Name == "testcase" ? [e] : e.Elements("testcase")).SelectMany(c => c).ToList();
        yield return new XAttribute("tests", cases.Count);
        yield return new XAttribute("failures", cases.Count(c => c.Element("failure") is not null));
        yield return new XAttribute("errors", cases.Count(c => c.Element("error") is not null));
    }

    /// <summary>
    /// Text as XML 1.0 allows it: a spec message may hold control characters (a terminal's colour
    /// codes, a NUL) that no XML reader accepts; each becomes U+FFFD.
    /// </summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    private static string Write(XDocument document)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
