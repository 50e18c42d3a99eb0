using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Katas.Tool.Running;

/// <summary>Reads the xUnit.net v2+ XML results file (<c>-result-xml</c>) that xunit v3 test assemblies write.</summary>
internal static class XunitResultsFile
{
    /// <exception cref="FormatException">The file is not an xunit results file.</exception>
    public static IReadOnlyList<SpecResult> Read(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (XmlException exception)
        {
            throw new FormatException($"{path} is not an xunit results file: {exception.Message}", exception);
        }

        return document.Descendants("test").Select(Read).ToArray();
    }

    private static SpecResult Read(XElement test)
    {
        var traits = test.Element("traits")?.Elements("trait")
            .ToLookup(t => (string?)t.Attribute("name") ?? "", t => (string?)t.Attribute("value") ?? "");
        var step = traits?["Step"].FirstOrDefault() is { } value && int.TryParse(value, CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
        var failure = test.Element("failure");

        return new SpecResult(
            Name: (string?)test.Attribute("name") ?? "",
            ClassName: (string?)test.Attribute("type") ?? "",
            MethodName: (string?)test.Attribute("method") ?? "",
            Step: step,
            Outcome: (string?)test.Attribute("result") switch
            {
                "Pass" => SpecOutcome.Passed,
                "Fail" => SpecOutcome.Failed,
                "Skip" => SpecOutcome.Skipped,
                _ => SpecOutcome.NotRun,
            },
            Message: ((string?)failure?.Element("message") ?? (string?)test.Element("reason"))?.Trim(),
            StackTrace: (string?)failure?.Element("stack-trace"),
            SourceFile: (string?)test.Attribute("source-file"),
            SourceLine: (int?)test.Attribute("source-line"))
        {
            KoreanTitle = traits?["ko"].FirstOrDefault(),
        };
    }
}
