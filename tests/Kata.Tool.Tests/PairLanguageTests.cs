namespace Katas.Tool.Tests;

/// <summary>
/// `kata pair` refusals and command-line mistakes in the student's language: the same refusal, its exit
/// code and nothing changed, with --lang en and with --lang ko.
/// </summary>
public sealed class PairLanguageTests : IDisposable
{
    private const string Ana = "Ana <ana@example.com>";
    private const string Min = "Min <min@example.com>";

    private readonly PairRepositories _repositories = new();

    public void Dispose() => _repositories.Dispose();

    [Theory]
    [InlineData("en", "A pair session already runs here: Ana drives, Min navigates. `./kata pair next` hands over, `./kata pair stop` ends it.")]
    [InlineData("ko", "이 클론에서 이미 페어 세션이 진행 중입니다: 드라이버 Ana, 내비게이터 Min. `./kata pair next`로 넘겨주고, `./kata pair stop`으로 끝냅니다.")]
    public void A_second_start_is_refused_in_the_students_language(string language, string message)
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        Assert.Equal(0, PairRepositories.KataIn(language, ana, "pair", "start", "--driver", Ana, "--navigator", Min).ExitCode);
        var before = PairRepositories.State(ana);

        var outcome = PairRepositories.KataIn(language, ana, "pair", "start", "--driver", Min, "--navigator", Ana);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(message, outcome.Error.Trim());
        Assert.Equal(before, PairRepositories.State(ana));
        Assert.Equal(0, PairRepositories.KataIn(language, ana, "pair", "stop").ExitCode);
    }

    [Theory]
    [InlineData("en", "HEAD is detached: check out your branch first (git switch main).")]
    [InlineData("ko", "HEAD가 어느 브랜치에도 있지 않습니다(detached HEAD): 먼저 내 브랜치로 전환하세요(git switch main).")]
    public void A_detached_head_is_refused_in_the_students_language(string language, string message)
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        PairRepositories.Git(ana, "checkout", "--quiet", "--detach");
        var before = PairRepositories.State(ana);

        var outcome = PairRepositories.KataIn(language, ana, "pair", "start", "--driver", Ana, "--navigator", Min);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(message, outcome.Error.Trim());
        Assert.Equal(before, PairRepositories.State(ana));
    }

    [Theory]
    [InlineData("en", "This clone has no remote: a pair hands over through one. Add the repository you both push to: git remote add origin <url>.")]
    [InlineData("ko", "이 클론에는 원격(remote)이 없습니다: 페어는 원격을 거쳐 작업을 넘겨줍니다. 두 사람이 함께 push하는 저장소를 추가하세요: git remote add origin <url>.")]
    public void No_remote_is_a_usage_error_in_the_students_language(string language, string message)
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        PairRepositories.Git(ana, "remote", "remove", "origin");
        var before = PairRepositories.State(ana);

        var outcome = PairRepositories.KataIn(language, ana, "pair", "start", "--driver", Ana, "--navigator", Min);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(message, outcome.Error.Trim());
        Assert.Equal(before, PairRepositories.State(ana));
    }

    [Theory]
    [InlineData("en", new[] { "--driver", Ana, "--navigator", Ana }, "--driver and --navigator are both Ana: a pair is two people.")]
    [InlineData("ko", new[] { "--driver", Ana, "--navigator", Ana }, "--driver와 --navigator가 둘 다 Ana입니다: 페어는 두 사람이 합니다.")]
    [InlineData("en", new[] { "--driver", "Ana", "--navigator", Min }, "--driver Ana: an unknown name here. Give it once with the e-mail GitHub knows, for example --driver \"Ana <ana@example.com>\"; later starts remember it.")]
    [InlineData("ko", new[] { "--driver", "Ana", "--navigator", Min }, "--driver Ana: 이 클론에서 처음 보는 이름입니다. GitHub에 등록된 이메일과 함께 한 번 주세요. 예: --driver \"Ana <ana@example.com>\". 다음부터는 이름만 주어도 됩니다.")]
    [InlineData("ko", new[] { "--driver", "Ana <ana@", "--navigator", Min }, "--driver 'Ana <ana@'은(는) 이름이 아닙니다: \"이름 <이메일>\"로 주세요. 예: --driver \"Ana <ana@example.com>\".")]
    [InlineData("ko", new[] { "--driver", Ana }, "--driver와 --navigator를 둘 다 주거나 둘 다 빼세요(빼면 지난번 시작한 페어나 원격에 있는 세션을 씁니다).")]
    public void A_wrong_pair_is_a_usage_error_in_the_students_language(string language, string[] people, string message)
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        var before = PairRepositories.State(ana);

        var outcome = PairRepositories.KataIn(language, ana, ["pair", "start", .. people]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(message, outcome.Error.Trim());
        Assert.Equal(before, PairRepositories.State(ana));
    }

    [Fact]
    public void No_git_repository_is_a_usage_error_in_korean()
    {
        var folder = _repositories.PlainFolder();

        var outcome = PairRepositories.KataIn("ko", folder, "pair", "start", "--driver", Ana, "--navigator", Min);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("은(는) git 저장소가 아닙니다: 페어 세션은 git으로 작업을 주고받습니다.", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_without_a_session_is_refused_in_korean()
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");

        var outcome = PairRepositories.KataIn("ko", ana, "pair", "next");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("이 클론에서 진행 중인 페어 세션이 없습니다.", outcome.Error.Trim(), StringComparison.Ordinal);
    }
}
