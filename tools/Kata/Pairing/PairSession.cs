using System.Text.Json;
using System.Text.Json.Serialization;
using Katas.Tool.Course;

namespace Katas.Tool.Pairing;

/// <summary>
/// A pair session as this clone knows it, kept in .kata/pair/session.json (the tool's scratch space,
/// never committed): who drives, the timer's turn, the steps the pair turned green, and the git branch
/// and remote the session hands over through.
/// </summary>
internal sealed record PairSession
{
    public required PairPerson Driver { get; init; }

    public required PairPerson Navigator { get; init; }

    /// <summary>The length of one turn at the keyboard.</summary>
    public required double Minutes { get; init; }

    /// <summary>The student's branch the session started from and squashes onto.</summary>
    public required string BaseBranch { get; init; }

    public required string Remote { get; init; }

    /// <summary>Counts the swaps; the timer announces each turn once.</summary>
    public int Turn { get; init; } = 1;

    public DateTimeOffset TurnStarted { get; init; }

    /// <summary>Steps (Kata/N) that turned green during the session.</summary>
    public IReadOnlyList<string> StepsDone { get; init; } = [];

    /// <summary>The kata the loop last showed, whose discussion questions a swap shows.</summary>
    public string? CurrentKata { get; init; }

    /// <summary>The process that keeps time for this session, if one runs.</summary>
    public int? TimerProcess { get; init; }

    [JsonIgnore]
    public string SessionBranch => BranchFor(BaseBranch);

    [JsonIgnore]
    public DateTimeOffset TurnEnds => TurnStarted + TimeSpan.FromMinutes(Minutes);

    public static string BranchFor(string baseBranch) => "kata-pair/" + baseBranch;

    public static string Folder(RepositoryLayout layout) => Path.Combine(layout.ScratchDirectory, "pair");

    private static string FileOf(RepositoryLayout layout) => Path.Combine(Folder(layout), "session.json");

    public static PairSession? Load(RepositoryLayout layout)
    {
        try
        {
            return File.Exists(FileOf(layout)) ? JsonSerializer.Deserialize<PairSession>(File.ReadAllText(FileOf(layout))) : null;
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            return null;
        }
    }

    /// <summary>Writes the session whole (a new file renamed over the old), so the timer never reads half of it.</summary>
    public void Save(RepositoryLayout layout)
    {
        Directory.CreateDirectory(Folder(layout));
        var temporary = FileOf(layout) + ".new";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temporary, FileOf(layout), overwrite: true);
    }

    public static void Delete(RepositoryLayout layout) => File.Delete(FileOf(layout));

    /// <summary>The next turn: the navigator drives, the timer starts again.</summary>
    public PairSession Swapped(DateTimeOffset now) => this with { Driver = Navigator, Navigator = Driver, Turn = Turn + 1, TurnStarted = now };
}
