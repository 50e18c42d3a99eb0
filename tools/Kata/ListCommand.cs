using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Rendering;

namespace Katas.Tool;

/// <summary>`./kata list`: the katas and their steps, with the titles from the guides.</summary>
internal static class ListCommand
{
    public static int Run(RepositoryLayout layout, CourseCatalog course, Terminal terminal, Language language)
    {
        var texts = Texts.For(language);
        foreach (var kata in course.Katas)
        {
            var guide = Guide.Load(layout, kata.Name, language);
            terminal.WriteLine($"{kata.Order}. {kata.Name}  ({guide.Path})", Style.Bold);
            foreach (var step in kata.Steps)
            {
                var title = guide.Steps.TryGetValue(step.Number, out var section) ? section.Title : "";
                terminal.WriteLine($"   {kata.Name}/{step.Slug,-16} {string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.StepHeading, step.Number, title)}");
            }
        }

        return ExitCodes.Green;
    }
}
