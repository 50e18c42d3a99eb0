namespace Katas.Tool.Course;

/// <summary>One kata, as its kata.json describes it.</summary>
internal sealed record KataDefinition(string Name, int Order, IReadOnlyList<string> StudentFiles, IReadOnlyList<StepDefinition> Steps)
{
    public StepDefinition? FindStep(string numberOrSlug) =>
        int.TryParse(numberOrSlug, out var number)
            ? Steps.FirstOrDefault(step => step.Number == number)
            : Steps.FirstOrDefault(step => string.Equals(step.Slug, numberOrSlug, StringComparison.OrdinalIgnoreCase));
}
