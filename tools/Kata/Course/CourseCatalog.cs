namespace Katas.Tool.Course;

/// <summary>All katas of the repository, in course order.</summary>
internal sealed class CourseCatalog
{
    private CourseCatalog(IReadOnlyList<KataDefinition> katas, IReadOnlyList<CourseProblem> problems)
    {
        Katas = katas;
        Problems = problems;
    }

    public IReadOnlyList<KataDefinition> Katas { get; }

    /// <summary>Manifests that could not be read. Their katas are not in <see cref="Katas"/>.</summary>
    public IReadOnlyList<CourseProblem> Problems { get; }

    /// <summary>A catalog of katas already read.</summary>
    public static CourseCatalog Of(params KataDefinition[] katas) => new(katas.OrderBy(k => k.Order).ToArray(), []);

    /// <summary>Reads every katas/*/kata.json.</summary>
    public static CourseCatalog Load(RepositoryLayout layout)
    {
        var problems = new List<CourseProblem>();
        var katas = new List<KataDefinition>();

        if (!Directory.Exists(layout.KatasDirectory))
        {
            problems.Add(new CourseProblem("katas/", null, "the folder is missing."));
            return new CourseCatalog(katas, problems);
        }

        foreach (var directory in Directory.EnumerateDirectories(layout.KatasDirectory).Order(StringComparer.Ordinal))
        {
            var manifest = Path.Combine(directory, KataManifest.FileName);
            if (!File.Exists(manifest))
            {
                continue;
            }

            var kata = KataManifest.Parse(layout.Relative(manifest), File.ReadAllText(manifest), Path.GetFileName(directory), problems);
            if (kata is not null)
            {
                katas.Add(kata);
            }
        }

        foreach (var clash in katas.GroupBy(k => k.Order).Where(g => g.Count() > 1))
        {
            problems.Add(new CourseProblem("katas/", null, $"order {clash.Key} is used by more than one kata: {string.Join(", ", clash.Select(k => k.Name))}."));
        }

        return new CourseCatalog(katas.OrderBy(k => k.Order).ThenBy(k => k.Name, StringComparer.Ordinal).ToArray(), problems);
    }

    public KataDefinition? Find(string nameOrOrder) =>
        int.TryParse(nameOrOrder, out var order)
            ? Katas.FirstOrDefault(k => k.Order == order)
            : Katas.FirstOrDefault(k => string.Equals(k.Name, nameOrOrder, StringComparison.OrdinalIgnoreCase));
}
