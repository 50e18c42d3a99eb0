using Katas.Tool.Cli;

namespace Katas.Tool.Course;

/// <summary>A kata, or one step of it, named on the command line: <c>HealthChecker</c>, <c>healthchecker/timeout</c>, <c>1/2</c>.</summary>
internal sealed record StepTarget(KataDefinition Kata, StepDefinition? Step)
{
    /// <param name="language">The language of the error message for a kata or step that does not exist.</param>
    public static StepTarget Parse(string text, CourseCatalog course, Language language = Language.English)
    {
        var separator = text.IndexOfAny(['/', ':']);
        var kataName = separator < 0 ? text : text[..separator];
        var stepName = separator < 0 ? null : text[(separator + 1)..];

        var kata = course.Find(kataName) ?? throw new UsageException(UnknownKata(kataName, course, language));
        if (stepName is null)
        {
            return new StepTarget(kata, null);
        }

        var steps = string.Join(", ", kata.Steps.Select(s => $"{s.Number} ({s.Slug})"));
        var step = kata.FindStep(stepName) ?? throw new UsageException(language == Language.Korean
            ? $"{kata.Name}에는 '{stepName}' 단계가 없습니다. 단계: {steps}."
            : $"{kata.Name} has no step '{stepName}'. Its steps: {steps}.");
        return new StepTarget(kata, step);
    }

    private static string UnknownKata(string name, CourseCatalog course, Language language)
    {
        var known = string.Join(", ", course.Katas.Select(k => k.Name));
        var closest = course.Katas
            .Select(k => (k.Name, Distance: EditDistance(name.ToLowerInvariant(), k.Name.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, c.Name.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
        return (closest, language) switch
        {
            (null, Language.Korean) => $"'{name}'(이)라는 카타는 없습니다. 카타: {known}.",
            (_, Language.Korean) => $"'{name}'(이)라는 카타는 없습니다. '{closest}'을(를) 찾으셨나요? 카타: {known}.",
            (null, _) => $"There is no kata '{name}'. The katas are: {known}.",
            _ => $"There is no kata '{name}'. Did you mean '{closest}'? The katas are: {known}.",
        };
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
