using Katas.Tool.Cli;
using Katas.Tool.Course;

namespace Katas.Tool.Tests;

public sealed class GuideTests
{
    private const string English = """
        # Kata

        ## The story

        Text that is not a step.

        ## Step 1: One HTTP probe

        Probe one target: send `GET` to its URL
        and call it healthy when it answers 200-399.

        More text that is not the goal.

        ### Hints

        1. First hint,
           continued on a second line.
        2. Second hint.

        ```csharp
        ## Step 9: not a heading inside a code fence
        ```

        ## Step 2: Timeouts

        A target that does not answer is unhealthy.

        ## Pair discussion

        1. Not a hint.
        """;

    [Fact]
    public void Steps_are_read_with_title_line_goal_and_hints()
    {
        var guide = Guide.Parse("README.md", English, Language.English);

        Assert.Equal([1, 2], guide.Steps.Keys.Order());
        var first = guide.Steps[1];
        Assert.Equal("One HTTP probe", first.Title);
        Assert.Equal(7, first.Line);
        Assert.Equal("Probe one target: send `GET` to its URL and call it healthy when it answers 200-399.", first.Goal);
        Assert.Equal(["First hint, continued on a second line.", "Second hint."], first.Hints);
        Assert.Empty(guide.Steps[2].Hints);
    }

    [Fact]
    public void Korean_headings_are_read_from_the_Korean_guide()
    {
        const string korean = """
            ## 1단계: HTTP 프로브 하나

            대상 하나를 프로브합니다.

            ### 힌트

            1. 첫 번째 힌트.
            """;

        var guide = Guide.Parse("README.ko.md", korean, Language.Korean);

        var step = Assert.Single(guide.Steps).Value;
        Assert.Equal("HTTP 프로브 하나", step.Title);
        Assert.Equal("대상 하나를 프로브합니다.", step.Goal);
        Assert.Equal(["첫 번째 힌트."], step.Hints);
    }

    [Fact]
    public void A_missing_guide_has_no_steps()
    {
        Assert.Empty(Guide.Parse("README.md", "", Language.English).Steps);
    }
}
