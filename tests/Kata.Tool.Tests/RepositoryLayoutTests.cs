using Katas.Tool.Cli;
using Katas.Tool.Course;

namespace Katas.Tool.Tests;

/// <summary>No kata repository to work on: the tool says so in the student's language.</summary>
public sealed class RepositoryLayoutTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kata-layout-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(nameof(Language.English), "'{0}' is not a kata repository: it has no Katas.sln.")]
    [InlineData(nameof(Language.Korean), "'{0}'은(는) 카타 저장소가 아닙니다: Katas.sln이(가) 없습니다.")]
    public void A_repo_folder_without_the_solution_is_a_usage_error(string language, string message)
    {
        var exception = Assert.Throws<UsageException>(() => RepositoryLayout.Find(_folder, _folder, _folder, Enum.Parse<Language>(language)));

        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, _folder), exception.Message);
    }

    [Theory]
    [InlineData(nameof(Language.English), "No Katas.sln here or above '{0}'. Run the tool inside the kata repository, or give --repo <folder>.")]
    [InlineData(nameof(Language.Korean), "'{0}'에도, 그 위의 폴더에도 Katas.sln이(가) 없습니다. 카타 저장소 안에서 실행하거나 --repo <폴더>를 주세요.")]
    public void No_solution_here_or_above_is_a_usage_error(string language, string message)
    {
        var exception = Assert.Throws<UsageException>(() => RepositoryLayout.Find(null, _folder, _folder, Enum.Parse<Language>(language)));

        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, _folder), exception.Message);
    }
}
