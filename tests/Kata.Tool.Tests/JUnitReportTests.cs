using System.Xml.Linq;
using Katas.Tool.Cli;
using Katas.Tool.Grading.Model;
using Katas.Tool.Grading.Reports;

namespace Katas.Tool.Tests;

public sealed class JUnitReportTests
{
    [Fact]
    public void One_suite_per_kata_one_case_per_spec_with_counts_that_match_the_cases()
    {
        var document = XDocument.Parse(JUnitReport.Render(GradeSamples.Mixed(), Language.English));
        var root = document.Root!;

        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal(["HealthChecker", "RoundRobin", "Scaler"], root.Elements("testsuite").Select(s => (string)s.Attribute("name")!));
        foreach (var suite in root.Elements("testsuite").Append(root))
        {
            var cases = suite.Descendants("testcase").ToList();
            Assert.Equal(cases.Count, (int)suite.Attribute("tests")!);
            Assert.Equal(cases.Count(c => c.Element("failure") is not null), (int)suite.Attribute("failures")!);
            Assert.Equal(cases.Count(c => c.Element("error") is not null), (int)suite.Attribute("errors")!);
        }

        var health = root.Elements("testsuite").First();
        Assert.Equal(6, health.Elements("testcase").Count());
        Assert.Equal("0", (string)health.Attribute("skipped")!);
        Assert.Equal(12.346m, (decimal)root.Attribute("time")!);
    }

    [Fact]
    public void Failed_and_not_seen_specs_carry_a_failure_with_message_and_type()
    {
        var root = XDocument.Parse(JUnitReport.Render(GradeSamples.Mixed(), Language.English)).Root!;
        var cases = root.Descendants("testcase").ToDictionary(c => (string)c.Attribute("name")!);

        var redirect = cases["A redirect is healthy"];
        Assert.Equal("HealthChecker.Step2", (string)redirect.Attribute("classname")!);
        var failure = redirect.Element("failure")!;
        Assert.Equal("Assert.Equal() Failure: Values differ", (string)failure.Attribute("message")!);
        Assert.Equal("failed", (string)failure.Attribute("type")!);
        Assert.Equal(GradeSamples.FailingMessage, failure.Value);

        var notSeen = cases["Every target is reported"].Element("failure")!;
        Assert.Equal("not-seen", (string)notSeen.Attribute("type")!);
        Assert.Contains("the specs stopped after 30 s", notSeen.Value, StringComparison.Ordinal);
        Assert.Null(cases["A 200 answer is healthy"].Element("failure"));
    }

    [Fact]
    public void A_kata_that_does_not_compile_is_an_error_per_step_with_the_compilers_lines()
    {
        var root = XDocument.Parse(JUnitReport.Render(GradeSamples.Mixed(), Language.English)).Root!;
        var roundRobin = root.Elements("testsuite").Single(s => (string)s.Attribute("name")! == "RoundRobin");

        var errors = roundRobin.Elements("testcase").Select(c => c.Element("error")!).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("compile-error", (string)e.Attribute("type")!));
        Assert.Equal(GradeSamples.CompilerLine, errors[0].Value);
        Assert.Equal("missing", (string)root.Descendants("error").Last().Attribute("type")!);
    }

    [Fact]
    public void Control_characters_in_a_message_do_not_break_the_XML()
    {
        var grade = GradeSamples.AllPassed();
        var kata = grade.Katas[0];
        var step = kata.Steps[0] with { Specs = [new("X", "Spec \u0001", SpecVerdict.Failed, "\u001b[31mred\u001b[0m and \0 🙂")] };
        grade = grade with { Katas = [kata with { Steps = [step] }] };

        var failure = XDocument.Parse(JUnitReport.Render(grade, Language.English)).Root!.Descendants("failure").Single();

        Assert.Equal("\uFFFD[31mred\uFFFD[0m and \uFFFD 🙂", failure.Value);
    }
}
