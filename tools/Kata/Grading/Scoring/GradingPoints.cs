using System.Text.Json;
using System.Text.Json.Serialization;
using Katas.Tool.Course;

namespace Katas.Tool.Grading.Scoring;

internal enum StepScoring
{
    /// <summary>The step's points times the share of its specs that passed.</summary>
    Proportional,

    /// <summary>The step's points when every one of its specs passed, else 0.</summary>
    AllOrNothing,
}

/// <summary>The points of the course (<c>grading.json</c>, schema <c>grading.schema.json</c>).</summary>
internal sealed record GradingPoints(
    StepScoring Scoring,
    bool RequirePreviousSteps,
    IReadOnlyDictionary<string, KataPoints> Katas,
    SpofDeductions Deductions)
{
    public const string FileName = "grading.json";

    /// <summary>Reads and checks the points file against the course. Every problem names the file and the value.</summary>
    /// <exception cref="FormatException">The file is not valid; the message lists every problem.</exception>
    public static GradingPoints Load(string path, CourseCatalog course)
    {
        var problems = new List<string>();
        var points = Read(path, course, problems);
        return problems.Count == 0 && points is not null
            ? points
            : throw new FormatException($"{path}:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)));
    }

    /// <summary>The problems of the points file, for `./kata check`; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string path, CourseCatalog course)
    {
        var problems = new List<string>();
        Read(path, course, problems);
        return problems;
    }

    public KataPoints For(string kata) => Katas[kata];

    private static GradingPoints? Read(string path, CourseCatalog course, List<string> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add("the file is missing.");
            return null;
        }

        PointsFile? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllText(path), PointsJson.Default.PointsFile);
        }
        catch (JsonException exception)
        {
            problems.Add($"not valid JSON for the points file: {exception.Message}");
            return null;
        }

        if (file?.Katas is null)
        {
            problems.Add("'katas' is missing.");
            return null;
        }

        var scoring = ParseScoring(file.Scoring, "scoring", problems) ?? StepScoring.Proportional;
        var katas = new Dictionary<string, KataPoints>(StringComparer.Ordinal);
        foreach (var entry in file.Katas)
        {
            if (entry.Name is null || course.Katas.FirstOrDefault(k => k.Name == entry.Name) is not { } kata)
            {
                problems.Add($"katas: '{entry.Name}' is not a kata of the course ({string.Join(", ", course.Katas.Select(k => k.Name))}).");
                continue;
            }

            if (!katas.TryAdd(kata.Name, null!))
            {
                problems.Add($"katas: {kata.Name} is listed twice.");
                continue;
            }

            var steps = entry.Steps ?? [];
            if (steps.Length != kata.Steps.Count)
            {
                problems.Add($"katas: {kata.Name} has {kata.Steps.Count} steps, but its 'steps' gives {steps.Length} numbers.");
            }

            if (steps.Any(p => p < 0))
            {
                problems.Add($"katas: {kata.Name} has a step worth less than 0 points.");
            }

            katas[kata.Name] = new KataPoints(steps, ParseScoring(entry.Scoring, $"{kata.Name}.scoring", problems) ?? scoring);
        }

        foreach (var missing in course.Katas.Where(k => !katas.ContainsKey(k.Name)))
        {
            problems.Add($"katas: {missing.Name} has no points.");
        }

        var deductions = file.SpofDeductions ?? new SpofDeductionsFile();
        foreach (var rule in (deductions.Rules ?? []).Keys.Where(r => !System.Text.RegularExpressions.Regex.IsMatch(r, "^SPOF[0-9]{3}$")))
        {
            problems.Add($"spofDeductions.rules: '{rule}' is not a SPOF rule (SPOF001...).");
        }

        return new GradingPoints(
            scoring,
            file.RequirePreviousSteps ?? false,
            katas,
            new SpofDeductions(deductions.Enabled ?? false, deductions.PointsPerFinding ?? 1, deductions.MaxPerKata ?? 5, deductions.Rules ?? []));
    }

    private static StepScoring? ParseScoring(string? text, string where, List<string> problems)
    {
        switch (text)
        {
            case null:
                return null;
            case "proportional":
                return StepScoring.Proportional;
            case "all-or-nothing":
                return StepScoring.AllOrNothing;
            default:
                problems.Add($"{where}: '{text}' is not a scoring; use 'proportional' or 'all-or-nothing'.");
                return null;
        }
    }
}

/// <summary>The points of one kata's steps, in order, and how they score.</summary>
internal sealed record KataPoints(IReadOnlyList<decimal> Steps, StepScoring Scoring)
{
    public decimal Of(int step) => step >= 1 && step <= Steps.Count ? Steps[step - 1] : 0;

    /// <summary>
    /// What a step earns with <paramref name="passed"/> of its <paramref name="specs"/> specs passing:
    /// all or nothing, or in proportion, rounded down to the cent so that a total never exceeds what was earned.
    /// </summary>
    public decimal Score(int step, int passed, int specs)
    {
        var max = Of(step);
        if (specs == 0)
        {
            return 0;
        }

        return Scoring == StepScoring.AllOrNothing
            ? (passed == specs ? max : 0)
            : Math.Round(max * passed / specs, 2, MidpointRounding.ToZero);
    }
}

/// <summary>Points taken for SPOF findings: off unless enabled.</summary>
internal sealed record SpofDeductions(bool Enabled, decimal PointsPerFinding, decimal MaxPerKata, IReadOnlyDictionary<string, decimal> Rules)
{
    public decimal For(IEnumerable<string> rules) =>
        Enabled ? Math.Min(MaxPerKata, rules.Sum(r => Rules.TryGetValue(r, out var points) ? points : PointsPerFinding)) : 0;
}

internal sealed class PointsFile
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Scoring { get; set; }

    public bool? RequirePreviousSteps { get; set; }

    public PointsKata[]? Katas { get; set; }

    public SpofDeductionsFile? SpofDeductions { get; set; }
}

internal sealed class PointsKata
{
    public string? Name { get; set; }

    public string? Scoring { get; set; }

    public decimal[]? Steps { get; set; }
}

internal sealed class SpofDeductionsFile
{
    public bool? Enabled { get; set; }

    public decimal? PointsPerFinding { get; set; }

    public decimal? MaxPerKata { get; set; }

    public Dictionary<string, decimal>? Rules { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(PointsFile))]
internal sealed partial class PointsJson : JsonSerializerContext;
