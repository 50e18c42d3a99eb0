using System.Globalization;
using Katas.Tool.Building;
using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Progress;
using Katas.Tool.Running;

namespace Katas.Tool.Rendering;

/// <summary>
/// Prints the student loop's answer: one line per kata, then the one step to work on, with its first
/// failing spec, the message, and the lines to open. Never a wall of red: other failures of the step
/// are one line each, and later steps are only named.
/// </summary>
internal sealed class ProgressRenderer(Terminal terminal, Texts texts, Language language, RepositoryLayout layout)
{
    private const int MaxMessageLines = 14;
    private const int MaxCompileErrors = 10;
    private const int MaxOtherFailures = 8;

    private readonly Dictionary<string, Guide> _guides = new(StringComparer.Ordinal);

    public void Summary(IReadOnlyList<KataProgress> katas)
    {
        terminal.WriteLine(texts.Title, Style.Bold);
        terminal.WriteLine();
        var width = katas.Max(k => k.Kata.Name.Length);
        foreach (var kata in katas)
        {
            terminal.Write($" {kata.Kata.Order,2} ");
            terminal.Write(kata.Kata.Name.PadRight(width + 2), Style.Bold);
            terminal.Write(Bar(kata) + " ", kata.State == KataState.Complete ? Style.Green : Style.Plain);
            terminal.Write($"{kata.DoneCount}/{kata.Kata.Steps.Count}  ");
            switch (kata.State)
            {
                case KataState.Complete:
                    terminal.WriteLine("✔ " + texts.KataDone, Style.Green);
                    break;
                case KataState.InProgress:
                    var current = kata.CurrentStep!.Step;
                    terminal.WriteLine("▶ " + Format(texts.KataAtStep, current.Number, current.Slug), Style.Yellow);
                    break;
                case KataState.DoesNotCompile:
                    terminal.WriteLine("✘ " + Format(texts.KataDoesNotCompile, kata.CompileErrors.Count), Style.Red);
                    break;
                default:
                    terminal.WriteLine("✘ " + texts.KataDidNotRun, Style.Red);
                    break;
            }
        }

        terminal.WriteLine();
    }

    /// <summary>The kata the student is on: its steps, and the current step in detail.</summary>
    public void Focus(KataProgress kata, bool showHints)
    {
        var guide = GuideOf(kata.Kata.Name);
        terminal.WriteLine($"{kata.Kata.Name} · {Format(texts.StepsRemain, kata.DoneCount, kata.Kata.Steps.Count)}", Style.Bold);

        Warnings(kata.Warnings);

        switch (kata.State)
        {
            case KataState.DoesNotCompile:
                CompileErrors(kata);
                return;
            case KataState.DidNotRun:
                DidNotRun(kata);
                return;
        }

        StepList(kata, guide);

        if (kata.CurrentStep is { } current)
        {
            terminal.WriteLine();
            StepDetail(kata.Kata, current, guide, showHints, "./kata --hint");
        }
        else if (kata.State == KataState.Complete)
        {
            terminal.WriteLine();
            terminal.WriteLine(texts.AllDone, Style.Green);
        }
    }

    /// <summary>One step looked at directly (./kata Kata/step), whatever the steps before it do.</summary>
    public void FocusedStep(KataProgress kata, StepDefinition step, bool showHints)
    {
        Warnings(kata.Warnings);
        switch (kata.State)
        {
            case KataState.DoesNotCompile:
                CompileErrors(kata);
                return;
            case KataState.DidNotRun:
                DidNotRun(kata);
                return;
        }

        var specs = kata.Run!.Results.Where(r => r.Step == step.Number).ToArray();
        var progress = new StepProgress(step, specs.Length > 0 && specs.All(s => s.Outcome == SpecOutcome.Passed) ? StepStatus.Done : StepStatus.Current, specs);
        var guide = GuideOf(kata.Kata.Name);
        StepDetail(kata.Kata, progress, guide, showHints, $"./kata {kata.Kata.Name}/{step.Slug} --hint");
        if (progress.Status == StepStatus.Done)
        {
            terminal.WriteLine();
            terminal.WriteLine("✔ " + texts.FocusedStepPasses, Style.Green);
        }
        else if (!progress.Failures.Any())
        {
            terminal.WriteLine();
            terminal.WriteLine(texts.FocusedStepLocked, Style.Yellow);
        }
    }

    public void AllDone() => terminal.WriteLine(texts.AllDone, Style.Green);

    public void BuildFailure(BuildResult build)
    {
        terminal.WriteLine(Format(texts.BuildFailed, build.ExitCode), Style.Red);
        foreach (var line in build.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(20))
        {
            terminal.WriteLine("  " + line, Style.Dim);
        }
    }

    private void StepList(KataProgress kata, Guide guide)
    {
        var slugWidth = kata.Kata.Steps.Max(s => s.Slug.Length);
        foreach (var step in kata.Steps)
        {
            var (mark, word, style) = step.Status switch
            {
                StepStatus.Done => ("✔", texts.StatusDone, Style.Green),
                StepStatus.Current => ("▶", texts.StatusCurrent, Style.Yellow),
                StepStatus.NoSpecs => ("?", texts.StatusNoSpecs, Style.Dim),
                _ => ("·", texts.StatusLocked, Style.Dim),
            };
            var title = guide.Steps.TryGetValue(step.Step.Number, out var section) ? section.Title : "";
            terminal.Write($"  {mark} {step.Step.Number,2} ", style);
            terminal.Write(step.Step.Slug.PadRight(slugWidth + 2), style == Style.Dim ? Style.Dim : Style.Bold);
            terminal.WriteLine($"{word,-8} {title}".TrimEnd(), style == Style.Yellow ? Style.Plain : style);
        }
    }

    private void StepDetail(KataDefinition kata, StepProgress step, Guide guide, bool showHints, string hintCommand)
    {
        var section = guide.Steps.GetValueOrDefault(step.Step.Number);
        terminal.WriteLine($"{kata.Name} · {Format(texts.StepHeading, step.Step.Number, section?.Title ?? step.Step.Slug)}", Style.Bold);
        if (section is null)
        {
            terminal.WriteLine("  " + Format(texts.GuideMissing, guide.Path), Style.Dim);
        }
        else
        {
            terminal.WriteLine($"  {texts.Guide}: {guide.Path}:{section.Line}", Style.Cyan);
            if (section.Goal.Length > 0)
            {
                terminal.WriteLine($"  {texts.Goal}: {section.Goal}");
            }
        }

        var failures = step.Failures.ToArray();
        if (failures.Length > 0)
        {
            terminal.WriteLine();
            Failure(failures[0]);

            // Theory rows of one method are one line: "Every other status is unhealthy (5 cases)".
            var others = failures.Skip(1)
                .GroupBy(f => (f.ClassName, f.MethodName))
                .Select(g => g.Count() == 1 ? g.First().TitleIn(language) : $"{(language == Language.Korean ? g.First().KoreanTitle : null) ?? g.Key.MethodName.Replace('_', ' ')} ({g.Count()}×)")
                .ToArray();
            if (others.Length > 0)
            {
                terminal.WriteLine();
                terminal.WriteLine("  " + Format(texts.AlsoFailing, failures.Length - 1));
                foreach (var other in others.Take(MaxOtherFailures))
                {
                    terminal.WriteLine("    ✘ " + other, Style.Red);
                }

                if (others.Length > MaxOtherFailures)
                {
                    terminal.WriteLine("    " + Format(texts.MoreErrors, others.Length - MaxOtherFailures), Style.Dim);
                }
            }
        }

        terminal.WriteLine();
        if (showHints)
        {
            Hints(section);
        }
        else if (failures.Length > 0)
        {
            terminal.WriteLine(Format(texts.HintPrompt, hintCommand), Style.Dim);
        }
    }

    public void Failure(SpecResult spec)
    {
        terminal.WriteLine("  ✘ " + spec.TitleIn(language), Style.Red);
        var lines = CleanMessage(spec.Message).ReplaceLineEndings("\n").Split('\n');
        foreach (var line in lines.Take(MaxMessageLines))
        {
            terminal.WriteLine("    " + line);
        }

        if (lines.Length > MaxMessageLines)
        {
            terminal.WriteLine("    " + Format(texts.MoreLines, lines.Length - MaxMessageLines), Style.Dim);
        }

        if (FailureLocator.InStudentCode(spec, layout) is { } code)
        {
            terminal.WriteLine($"    → {texts.YourCode}: {code}", Style.Cyan);
        }

        if (FailureLocator.InSpec(spec, layout) is { } specLocation)
        {
            terminal.WriteLine($"    → {texts.TheSpec}: {specLocation}", Style.Cyan);
        }
    }

    private void Hints(GuideStep? section)
    {
        if (section is not { Hints.Count: > 0 })
        {
            terminal.WriteLine(texts.NoHints, Style.Dim);
            return;
        }

        terminal.WriteLine(texts.Hints, Style.Bold);
        for (var i = 0; i < section.Hints.Count; i++)
        {
            terminal.WriteLine($"  {i + 1}. {section.Hints[i]}");
        }
    }

    public void Warnings(IReadOnlyList<BuildDiagnostic> warnings)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        terminal.WriteLine(texts.SpofWarnings, Style.Yellow);
        foreach (var warning in warnings)
        {
            terminal.WriteLine($"  ⚠ {Where(warning)}: {warning.Code}: {warning.Message}", Style.Yellow);
        }

        terminal.WriteLine();
    }

    public void CompileErrors(KataProgress kata)
    {
        terminal.WriteLine(Format(texts.FixCompileErrors, kata.Kata.Name), Style.Red);
        foreach (var error in kata.CompileErrors.Take(MaxCompileErrors))
        {
            terminal.WriteLine($"  ✘ {Where(error)}: {error.Code}: {error.Message}", Style.Red);
        }

        if (kata.CompileErrors.Count > MaxCompileErrors)
        {
            terminal.WriteLine("  " + Format(texts.MoreErrors, kata.CompileErrors.Count - MaxCompileErrors), Style.Dim);
        }
    }

    /// <summary>Why a run ended without results: the tool's own words in the student's language, the process's as it said them.</summary>
    private IEnumerable<string> CrashDetail(SpecRun run) =>
        run.OutputLimitMegabytes is { } megabytes ? [Format(texts.PrintedTooMuch, megabytes)]
        : run.ExitCode is { } exitCode ? [Format(texts.NoResults, exitCode), .. run.ProcessLines]
        : (run.Detail ?? "").Split('\n');

    private void DidNotRun(KataProgress kata)
    {
        var run = kata.Run!;
        switch (run.Status)
        {
            case SpecRunStatus.TimedOut:
                terminal.WriteLine(Format(run.StoppedForOneSpec ? texts.SpecTimedOut : texts.TimedOut, kata.Kata.Name, (int)(run.TimeLimit ?? TimeSpan.Zero).TotalSeconds), Style.Red);
                if (run.RunningSpec is { } running)
                {
                    terminal.WriteLine("  " + Format(texts.WasRunning, running));
                }

                break;
            case SpecRunStatus.NotBuilt:
                terminal.WriteLine(Format(texts.NotBuilt, kata.Kata.Name), Style.Red);
                break;
            default:
                terminal.WriteLine(Format(texts.Crashed, kata.Kata.Name), Style.Red);
                foreach (var line in CrashDetail(run))
                {
                    terminal.WriteLine("  " + line, Style.Dim);
                }

                if (run.RunningSpec is { } crashed)
                {
                    terminal.WriteLine("  " + Format(texts.WasRunning, crashed));
                }

                break;
        }
    }

    private string Where(BuildDiagnostic diagnostic) =>
        diagnostic.File is null ? layout.Relative(diagnostic.Project ?? "")
        : diagnostic.Line is int line ? $"{layout.Relative(diagnostic.File)}:{line}"
        : layout.Relative(diagnostic.File);

    private Guide GuideOf(string kata)
    {
        if (!_guides.TryGetValue(kata, out var guide))
        {
            guide = Guide.Load(layout, kata, language);
            _guides[kata] = guide;
        }

        return guide;
    }

    private static string Bar(KataProgress kata) =>
        "[" + new string('■', kata.DoneCount) + new string('·', kata.Kata.Steps.Count - kata.DoneCount) + "]";

    /// <summary>"System.NotImplementedException : text" reads better as "NotImplementedException: text".</summary>
    private static string CleanMessage(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return "";
        }

        var separator = message.IndexOf(" : ", StringComparison.Ordinal);
        if (separator > 0 && message[..separator].Contains('.', StringComparison.Ordinal) && !message[..separator].Contains(' ', StringComparison.Ordinal))
        {
            var type = message[..separator];
            return type[(type.LastIndexOf('.') + 1)..] + ": " + message[(separator + 3)..];
        }

        return message;
    }

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
