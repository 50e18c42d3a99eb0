using Katas.Tool.Cli;
using Katas.Tool.Course;

namespace Katas.Tool.Tests;

public sealed class StepTargetTests
{
    [Theory]
    [InlineData("HealthChecker", "HealthChecker", null)]
    [InlineData("healthchecker", "HealthChecker", null)]
    [InlineData("2", "RoundRobin", null)]
    [InlineData("HealthChecker/timeout", "HealthChecker", 2)]
    [InlineData("HealthChecker/3", "HealthChecker", 3)]
    [InlineData("1/2", "HealthChecker", 2)]
    [InlineData("roundrobin:empty-pool", "RoundRobin", 2)]
    public void Katas_and_steps_are_found_by_name_or_number(string text, string kata, int? step)
    {
        var target = StepTarget.Parse(text, Catalogs.Course);

        Assert.Equal(kata, target.Kata.Name);
        Assert.Equal(step, target.Step?.Number);
    }

    [Fact]
    public void An_unknown_kata_names_the_closest_one_and_all_of_them()
    {
        var exception = Assert.Throws<UsageException>(() => StepTarget.Parse("HealthCheker", Catalogs.Course));

        Assert.Equal("There is no kata 'HealthCheker'. Did you mean 'HealthChecker'? The katas are: HealthChecker, RoundRobin.", exception.Message);
    }

    [Fact]
    public void A_kata_far_from_every_name_gets_no_guess()
    {
        var exception = Assert.Throws<UsageException>(() => StepTarget.Parse("Zebra", Catalogs.Course));

        Assert.Equal("There is no kata 'Zebra'. The katas are: HealthChecker, RoundRobin.", exception.Message);
    }

    [Fact]
    public void An_unknown_step_lists_the_steps_of_the_kata()
    {
        var exception = Assert.Throws<UsageException>(() => StepTarget.Parse("HealthChecker/9", Catalogs.Course));

        Assert.Equal("HealthChecker has no step '9'. Its steps: 1 (probe), 2 (timeout), 3 (thresholds).", exception.Message);
    }

    [Fact]
    public void With_lang_ko_the_messages_are_Korean()
    {
        var kata = Assert.Throws<UsageException>(() => StepTarget.Parse("HealthCheker", Catalogs.Course, Language.Korean));
        var step = Assert.Throws<UsageException>(() => StepTarget.Parse("HealthChecker/9", Catalogs.Course, Language.Korean));

        Assert.Equal("'HealthCheker'(이)라는 카타는 없습니다. 'HealthChecker'을(를) 찾으셨나요? 카타: HealthChecker, RoundRobin.", kata.Message);
        Assert.Equal("HealthChecker에는 '9' 단계가 없습니다. 단계: 1 (probe), 2 (timeout), 3 (thresholds).", step.Message);
    }
}
