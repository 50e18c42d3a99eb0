using Katas.Tool.Running;

namespace Katas.Tool.Tests;

public sealed class XunitResultsFileTests
{
    // The shape xunit v3 writes with -result-xml, trimmed to what the tool reads.
    internal const string Xml = """
        <assemblies schema-version="3">
          <assembly name="HealthChecker.Specs.dll" total="3">
            <collection name="Test collection" total="3">
              <test name="Katas.HealthChecker.Specs.Step1_OneProbe.A_200_answer_is_healthy" result="Fail"
                    type="Katas.HealthChecker.Specs.Step1_OneProbe" method="A_200_answer_is_healthy"
                    source-file="/repo/tests/HealthChecker.Specs/Step1_OneProbe.cs" source-line="13">
                <traits><trait name="Kata" value="HealthChecker" /><trait name="Step" value="1" /></traits>
                <failure exception-type="System.NotImplementedException">
                  <message>System.NotImplementedException : Step 1: write HttpProbe.ProbeAsync.</message>
                  <stack-trace>   at Katas.HealthChecker.HttpProbe.ProbeAsync() in /repo/katas/HealthChecker/HealthChecker.cs:line 37</stack-trace>
                </failure>
              </test>
              <test name="Katas.HealthChecker.Specs.Step1_OneProbe.Every_status(status: 204)" result="Pass"
                    type="Katas.HealthChecker.Specs.Step1_OneProbe" method="Every_status">
                <traits><trait name="Step" value="1" /><trait name="ko" value="모든 상태" /></traits>
              </test>
              <test name="Katas.HealthChecker.Specs.Step2_Timeout.Times_out" result="Skip"
                    type="Katas.HealthChecker.Specs.Step2_Timeout" method="Times_out">
                <traits><trait name="Step" value="2" /></traits>
                <reason>Locked: step 1 is not done yet</reason>
              </test>
            </collection>
          </assembly>
        </assemblies>
        """;

    [Fact]
    public void Every_test_is_read_with_its_step_outcome_message_and_source()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Xml);

            var results = XunitResultsFile.Read(path);

            Assert.Equal([SpecOutcome.Failed, SpecOutcome.Passed, SpecOutcome.Skipped], results.Select(r => r.Outcome));
            Assert.Equal([1, 1, 2], results.Select(r => r.Step));
            var failed = results[0];
            Assert.Equal("System.NotImplementedException : Step 1: write HttpProbe.ProbeAsync.", failed.Message);
            Assert.Contains("HealthChecker.cs:line 37", failed.StackTrace, StringComparison.Ordinal);
            Assert.Equal(13, failed.SourceLine);
            Assert.Equal("A 200 answer is healthy", failed.DisplayName);
            Assert.Equal("Every status (status: 204)", results[1].DisplayName);
            Assert.Equal("Locked: step 1 is not done yet", results[2].Message);

            // The Korean title of [Ko("...")] for `--lang ko`, with the theory row's arguments; the English sentence without one.
            Assert.Equal("모든 상태 (status: 204)", results[1].TitleIn(Cli.Language.Korean));
            Assert.Equal("Every status (status: 204)", results[1].TitleIn(Cli.Language.English));
            Assert.Equal("A 200 answer is healthy", failed.TitleIn(Cli.Language.Korean));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_is_not_xml_is_a_format_error_naming_it()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "half a file <assemblies");

            var exception = Assert.Throws<FormatException>(() => XunitResultsFile.Read(path));

            Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
