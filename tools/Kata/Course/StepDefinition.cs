namespace Katas.Tool.Course;

/// <summary>One step of a kata, as its kata.json names it. Titles and hints come from the guides.</summary>
internal sealed record StepDefinition(int Number, string Slug);
