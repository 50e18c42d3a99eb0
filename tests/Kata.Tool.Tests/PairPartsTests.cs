using Katas.Tool.Cli;
using Katas.Tool.Pairing;

namespace Katas.Tool.Tests;

/// <summary>The small parts of a pair session: names, the session commit's trailers, the step list, the discussion questions.</summary>
public sealed class PairPartsTests
{
    [Theory]
    [InlineData("Ana <ana@example.com>", "Ana", "ana@example.com")]
    [InlineData("  Kim Min-jun <min.jun@example.co.kr> ", "Kim Min-jun", "min.jun@example.co.kr")]
    public void A_name_with_an_email_is_a_person(string text, string name, string email)
    {
        Assert.Equal(new PairPerson(name, email), PairPerson.Parse(text));
    }

    [Theory]
    [InlineData("Ana")]
    [InlineData("<ana@example.com>")]
    [InlineData("Ana <not-an-email>")]
    [InlineData("Ana ana@example.com")]
    public void Text_without_a_name_and_an_email_in_angle_brackets_is_not_a_person(string text)
    {
        Assert.Null(PairPerson.Parse(text));
    }

    [Fact]
    public void A_session_commit_carries_the_roles_the_timer_and_the_steps_to_the_other_clone()
    {
        var session = new PairSession
        {
            Driver = new PairPerson("Min", "min@example.com"),
            Navigator = new PairPerson("Ana", "ana@example.com"),
            Minutes = 0.5,
            BaseBranch = "main",
            Remote = "origin",
            StepsDone = ["HealthChecker/1", "HealthChecker/2"],
        };

        var read = SessionCommit.Read(SessionCommit.Message("kata pair: Ana hands over to Min", session) + "Co-authored-by: Min <min@example.com>\n");

        Assert.NotNull(read);
        Assert.Equal(session.Driver, read.Value.Driver);
        Assert.Equal(session.Navigator, read.Value.Navigator);
        Assert.Equal(0.5, read.Value.Minutes);
        Assert.Equal(session.StepsDone, read.Value.Steps);
        Assert.Null(SessionCommit.Read("HealthChecker: step 3\n\nCo-authored-by: Min <min@example.com>\n"));
    }

    [Fact]
    public void Steps_read_as_ranges_per_kata()
    {
        Assert.Equal(
            "HealthChecker 1-3, 5; RoundRobin 1",
            StepList.Describe(["HealthChecker/2", "HealthChecker/1", "RoundRobin/1", "HealthChecker/3", "HealthChecker/5"]));
    }

    [Theory]
    [InlineData(nameof(Language.English))]
    [InlineData(nameof(Language.Korean))]
    public void Every_guide_has_pair_discussion_questions_in_both_languages(string language)
    {
        var layout = Katas.Tool.Course.RepositoryLayout.Find(RepositoryCopy.Source, RepositoryCopy.Source, RepositoryCopy.Source);
        foreach (var kata in Katas.Tool.Course.CourseCatalog.Load(layout).Katas)
        {
            var questions = DiscussionQuestions.Of(layout, kata.Name, Enum.Parse<Language>(language));

            Assert.True(questions.Count >= 2, $"{kata.Name} ({language}): {questions.Count} pair discussion questions.");
            Assert.All(questions, q => Assert.True(q.Length > 20 && !q.Contains('\n', StringComparison.Ordinal), $"{kata.Name}: '{q}'"));
        }
    }

    [Fact]
    public void A_question_that_goes_on_over_the_next_line_is_one_question()
    {
        const string Guide = "## Step 1: X\n\n1. Not a question.\n\n## Pair discussion\n\nWork in pairs.\n\n1. First line\n   and its end?\n2. Second?\n\n## Self-check\n\n- Not one.\n";

        Assert.Equal(["First line and its end?", "Second?"], DiscussionQuestions.Parse(Guide, Language.English));
    }

    [Fact]
    public void Every_pair_sentence_has_a_korean_text()
    {
        var session = new PairSession
        {
            Driver = new PairPerson("Min", "min@example.com"),
            Navigator = new PairPerson("Ana", "ana@example.com"),
            Minutes = 7,
            BaseBranch = "main",
            Remote = "origin",
            StepsDone = ["HealthChecker/1"],
        };
        object? Sample(Type type) =>
            type == typeof(PairSession) ? session
            : type == typeof(PairPerson) ? session.Driver
            : type == typeof(IReadOnlyList<string>) ? new[] { "katas/notes.txt" }
            : type == typeof(DateTimeOffset) ? DateTimeOffset.UnixEpoch
            : "x";
        string Say(PairTexts texts, System.Reflection.MethodInfo member) =>
            (string)member.Invoke(texts, member.GetParameters().Select(p => Sample(p.ParameterType)).ToArray())!;

        var members = typeof(PairTexts).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(m => m.IsAbstract && m.ReturnType == typeof(string))
            .ToArray();

        Assert.True(members.Length > 30, $"{members.Length} sentences");
        Assert.All(members, member =>
        {
            var korean = Say(PairTexts.For(Language.Korean), member);
            Assert.True(korean.Any(c => c is >= '\uAC00' and <= '\uD7A3'), $"{member.Name} has no Korean text: '{korean}'");
            Assert.NotEqual(Say(PairTexts.For(Language.English), member), korean);
        });
    }
}
