using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Katas.Tool.Course;

/// <summary>Reads and checks one katas/&lt;Kata&gt;/kata.json (its schema is katas/kata.schema.json).</summary>
internal static partial class KataManifest
{
    public const string FileName = "kata.json";

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Parses <paramref name="json"/>; returns null and adds to <paramref name="problems"/> when it is not a valid manifest.</summary>
    /// <param name="file">The file's path for messages, relative to the repository.</param>
    /// <param name="folderName">The kata's folder name, which the manifest's name must match.</param>
    public static KataDefinition? Parse(string file, string json, string folderName, List<CourseProblem> problems)
    {
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(json, s_json);
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is long zeroBased ? (int)zeroBased + 1 : (int?)null;
            problems.Add(new CourseProblem(file, line, "not a valid kata manifest: " + FirstSentence(exception.Message)));
            return null;
        }

        if (document is null)
        {
            problems.Add(new CourseProblem(file, null, "the file is empty or null; it must be an object with name, order, studentFiles and steps."));
            return null;
        }

        var before = problems.Count;
        if (document.Name != folderName)
        {
            problems.Add(new CourseProblem(file, null, $"name is '{document.Name}' but the folder is '{folderName}'; they must be the same."));
        }

        if (document.Order < 1)
        {
            problems.Add(new CourseProblem(file, null, $"order must be 1 or more, not {document.Order}."));
        }

        if (document.StudentFiles is not { Length: > 0 })
        {
            problems.Add(new CourseProblem(file, null, "studentFiles must name at least one .cs file the student edits."));
        }
        else
        {
            foreach (var studentFile in document.StudentFiles.Where(f => !StudentFilePattern().IsMatch(f ?? "")))
            {
                problems.Add(new CourseProblem(file, null, $"studentFiles: '{studentFile}' must be a relative path to a .cs file."));
            }
        }

        var steps = document.Steps ?? [];
        if (steps.Length == 0)
        {
            problems.Add(new CourseProblem(file, null, "steps must list at least one step."));
        }

        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            if (step.Number != i + 1)
            {
                problems.Add(new CourseProblem(file, null, $"steps[{i}] has number {step.Number}; steps are numbered 1, 2, 3... in order, so it must be {i + 1}."));
            }

            if (step.Slug is null || !SlugPattern().IsMatch(step.Slug))
            {
                problems.Add(new CourseProblem(file, null, $"steps[{i}].slug '{step.Slug}' must be lower-case words joined by '-', like 'many-targets'."));
            }
        }

        foreach (var duplicate in steps.GroupBy(s => s.Slug).Where(g => g.Key is not null && g.Count() > 1))
        {
            problems.Add(new CourseProblem(file, null, $"the slug '{duplicate.Key}' is used by more than one step."));
        }

        return problems.Count > before
            ? null
            : new KataDefinition(document.Name!, document.Order, document.StudentFiles!, steps.Select(s => new StepDefinition(s.Number, s.Slug!)).ToArray());
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_./-]+\.cs$")]
    private static partial Regex StudentFilePattern();

    private sealed class Document
    {
        [JsonPropertyName("$schema")]
        public string? Schema { get; set; }

        public string? Name { get; set; }

        public int Order { get; set; }

        public string[]? StudentFiles { get; set; }

        public StepDocument[]? Steps { get; set; }
    }

    private sealed class StepDocument
    {
        public int Number { get; set; }

        public string? Slug { get; set; }
    }
}
