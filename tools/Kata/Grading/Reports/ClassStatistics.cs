using Katas.Tool.Grading.Model;

namespace Katas.Tool.Grading.Reports;

/// <summary>One kata's step as a column of the class summary.</summary>
internal sealed record ClassStep(string Kata, int Number, string Title);

/// <summary>
/// Why one submission is not past a step: a spec that failed (or was not seen), or its kata not
/// compiling, or not submitted. Key is what counts as "the same reason" across submissions.
/// </summary>
/// <param name="Seen">False for a spec the grader never saw finish: at equal counts, a spec seen failing says more.</param>
internal sealed record StuckReason(string Key, string Label, string? Message, bool Seen = true);

/// <summary>How far the class got in one step, and the reason most students are stopped there.</summary>
/// <param name="Past">How many submissions pass the step.</param>
/// <param name="StoppedHere">How many submissions pass every step of the kata before it, but not this one: their kata's first step not passed.</param>
/// <param name="Students">How many submissions fail the step for <see cref="MostCommon"/>.</param>
internal sealed record StepStatistics(ClassStep Step, int Past, int StoppedHere, int Total, StuckReason? MostCommon, int Students);

/// <summary>A SPOF rule hit in the class: by how many students, how many times.</summary>
internal sealed record SpofRuleStatistics(string Rule, string HelpLink, int Students, int Findings);

/// <summary>
/// What the class summary shows beyond the grade table: where the class is stuck, per step, and the
/// SPOF rules most often hit. Every order is fixed (course order, then counts, then names) so that
/// the summary does not depend on the order the submissions were graded in.
/// </summary>
internal sealed class ClassStatistics
{
    private ClassStatistics(IReadOnlyList<SubmissionGrade> submissions, IReadOnlyList<ClassStep> steps, IReadOnlyList<StepStatistics> stepStatistics, IReadOnlyList<SpofRuleStatistics> spofRules)
    {
        Submissions = submissions;
        Steps = steps;
        StepStatistics = stepStatistics;
        SpofRules = spofRules;
    }

    /// <summary>The submissions by name (ordinal), then path.</summary>
    public IReadOnlyList<SubmissionGrade> Submissions { get; }

    /// <summary>Every kata's step that any submission has, in course order.</summary>
    public IReadOnlyList<ClassStep> Steps { get; }

    public IReadOnlyList<StepStatistics> StepStatistics { get; }

    public IReadOnlyList<SpofRuleStatistics> SpofRules { get; }

    public static ClassStatistics From(IEnumerable<SubmissionGrade> grades, GradingTexts texts)
    {
        var submissions = grades.OrderBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Path, StringComparer.Ordinal).ToList();
        var steps = StepsOf(submissions);
        var stepStatistics = steps.Select(step => ForStep(step, submissions, texts)).ToList();
        var spofRules = submissions
            .SelectMany(s => s.Katas.SelectMany(k => k.SpofFindings).Select(f => (Submission: s, Finding: f)))
            .GroupBy(x => x.Finding.Rule, StringComparer.Ordinal)
            .Select(g => new SpofRuleStatistics(
                g.Key,
                g.Select(x => x.Finding.HelpLink).Order(StringComparer.Ordinal).First(),
                g.Select(x => x.Submission).Distinct().Count(),
                g.Count()))
            .OrderByDescending(r => r.Students).ThenByDescending(r => r.Findings).ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ToList();
        return new ClassStatistics(submissions, steps, stepStatistics, spofRules);
    }

    /// <summary>A submission's step, or null when its grade has no such kata or step.</summary>
    public static (KataGrade Kata, StepGrade Step)? Find(SubmissionGrade submission, ClassStep step)
    {
        var kata = submission.Katas.FirstOrDefault(k => k.Kata == step.Kata);
        var found = kata?.Steps.FirstOrDefault(s => s.Number == step.Number);
        return kata is null || found is null ? null : (kata, found);
    }

    public static bool IsPast(KataGrade kata, StepGrade step) => kata.Status == KataGradeStatus.Graded && step.Passed;

    /// <summary>The union of the submissions' steps: katas in the order they first appear, steps by number.</summary>
    private static List<ClassStep> StepsOf(IReadOnlyList<SubmissionGrade> submissions)
    {
        var katas = new List<string>();
        var steps = new Dictionary<string, SortedDictionary<int, string>>(StringComparer.Ordinal);
        foreach (var kata in submissions.SelectMany(s => s.Katas))
        {
            if (!steps.TryGetValue(kata.Kata, out var numbers))
            {
                katas.Add(kata.Kata);
                steps[kata.Kata] = numbers = [];
            }

            foreach (var step in kata.Steps)
            {
                numbers.TryAdd(step.Number, step.Title);
            }
        }

        return katas.SelectMany(k => steps[k].Select(s => new ClassStep(k, s.Key, s.Value))).ToList();
    }

    private static StepStatistics ForStep(ClassStep step, IReadOnlyList<SubmissionGrade> submissions, GradingTexts texts)
    {
        int past = 0, stoppedHere = 0;
        var reasons = new List<StuckReason>();
        foreach (var submission in submissions)
        {
            if (Find(submission, step) is not var (kata, grade))
            {
                continue;
            }

            if (IsPast(kata, grade))
            {
                past++;
            }
            else
            {
                stoppedHere += ReferenceEquals(kata.StuckAt, grade) ? 1 : 0;

                // One count per submission and reason: a student is stopped by a spec once.
                reasons.AddRange(ReasonsOf(kata, grade, texts).DistinctBy(r => r.Key));
            }
        }

        var mostCommon = reasons
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Count(r => r.Seen)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return new StepStatistics(
            step,
            past,
            stoppedHere,
            submissions.Count,
            mostCommon is null ? null : MostCommonMessage(mostCommon),
            mostCommon?.Count() ?? 0);
    }

    private static IEnumerable<StuckReason> ReasonsOf(KataGrade kata, StepGrade step, GradingTexts texts)
    {
        switch (kata.Status)
        {
            case KataGradeStatus.NotCompiling:
                yield return new StuckReason("\0compile", texts.KataNotCompilingShort, kata.CompilerErrors.FirstOrDefault());
                yield break;
            case KataGradeStatus.Missing:
                yield return new StuckReason("\0missing", texts.KataMissingShort, null);
                yield break;
        }

        foreach (var spec in step.Specs.Where(s => s.Verdict != SpecVerdict.Passed))
        {
            var seen = spec.Verdict != SpecVerdict.NotSeen;
            yield return new StuckReason(spec.Name, spec.DisplayName, seen ? spec.Message : texts.NotSeen, seen);
        }
    }

    /// <summary>The reason with the message most submissions got for it (the same spec may fail in several ways).</summary>
    private static StuckReason MostCommonMessage(IGrouping<string, StuckReason> reasons) =>
        reasons
            .GroupBy(r => r.Message ?? "", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().First();
}
