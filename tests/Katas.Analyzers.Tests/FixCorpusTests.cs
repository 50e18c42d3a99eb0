using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Katas.Analyzers.Tests;

/// <summary>
/// The code fixes on a corpus of realistic code (<c>FixCorpus/*.cs</c>): every fix, and Fix All, gives code
/// that compiles with no new error, and no fix is offered where it would change what the code means. A
/// line of the corpus says what it expects at its end: <c>// SPOF006: fix</c> (every SPOF006 warning that
/// starts on the line has a fix) or <c>// SPOF006: no fix</c> (the warning stays, with no fix).
/// </summary>
public sealed partial class FixCorpusTests
{
    private static readonly string[] s_fixableRules = [.. FixCorpus.Fixes.SelectMany(f => f.FixableDiagnosticIds).Distinct().Order(StringComparer.Ordinal)];

    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "FixCorpus"), "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task The_corpus_compiles_and_its_marks_match_the_warnings(string file)
    {
        var (corpus, marks) = Load(file);
        var cancellationToken = TestContext.Current.CancellationToken;

        AssertNone(Describe(await FixCorpus.ErrorsAsync(corpus.Document, cancellationToken)));
        var diagnostics = await FixCorpus.SpofDiagnosticsAsync(corpus.Document, cancellationToken);
        var unmarked = diagnostics
            .Where(d => s_fixableRules.Contains(d.Id) && !marks.ContainsKey((Line(d), d.Id)))
            .Select(d => $"{file}:{Line(d)}: {d.Id} {d.GetMessage()} has no mark");
        var unmatched = marks.Keys
            .Where(mark => !diagnostics.Any(d => d.Id == mark.Rule && Line(d) == mark.Line))
            .Select(mark => $"{file}:{mark.Line}: marked {mark.Rule}, but the rule does not fire there");

        AssertNone(unmarked.Concat(unmatched));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_fix_compiles_and_none_is_offered_where_it_would_change_the_meaning(string file)
    {
        var (corpus, marks) = Load(file);
        var cancellationToken = TestContext.Current.CancellationToken;
        var problems = new List<string>();

        foreach (var diagnostic in await FixCorpus.SpofDiagnosticsAsync(corpus.Document, cancellationToken))
        {
            if (!marks.TryGetValue((Line(diagnostic), diagnostic.Id), out var expectFix))
            {
                continue;
            }

            var actions = await FixCorpus.ActionsAsync(corpus.Document, diagnostic, cancellationToken);
            if (actions.Count > 0 != expectFix)
            {
                problems.Add($"{file}:{Line(diagnostic)}: {diagnostic.Id} on '{diagnostic.GetMessage()}' {(expectFix ? "has no fix" : "has a fix, which would change what the code means")}");
            }

            foreach (var (_, action) in actions)
            {
                var fixedDocument = await FixCorpus.ApplyAsync(corpus.Document, action, cancellationToken);
                var errors = await FixCorpus.ErrorsAsync(fixedDocument, cancellationToken);
                if (errors.Length > 0)
                {
                    problems.Add($"{file}:{Line(diagnostic)}: '{action.Title}' gives {string.Join("; ", await DescribeAsync(fixedDocument, errors))}");
                }
            }
        }

        AssertNone(problems);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Fix_All_compiles_and_leaves_no_warning_it_could_fix(string file)
    {
        var (corpus, _) = Load(file);
        var cancellationToken = TestContext.Current.CancellationToken;
        var problems = new List<string>();
        var diagnostics = await FixCorpus.SpofDiagnosticsAsync(corpus.Document, cancellationToken);

        // One Fix All per fix and kind of action, as the IDE offers it.
        var keys = new HashSet<(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider Fix, string Key)>();
        foreach (var diagnostic in diagnostics)
        {
            foreach (var (fix, action) in await FixCorpus.ActionsAsync(corpus.Document, diagnostic, cancellationToken))
            {
                keys.Add((fix, action.EquivalenceKey!));
            }
        }

        Assert.NotEmpty(keys);
        foreach (var (fix, key) in keys)
        {
            var fixedDocument = await FixCorpus.FixAllAsync(corpus.Document, fix, key, diagnostics, cancellationToken);
            Assert.NotNull(fixedDocument);
            var errors = await FixCorpus.ErrorsAsync(fixedDocument, cancellationToken);
            if (errors.Length > 0)
            {
                problems.Add($"{file}: Fix All '{key}' gives {string.Join("; ", await DescribeAsync(fixedDocument, errors))}");
                continue;
            }

            foreach (var left in await FixCorpus.SpofDiagnosticsAsync(fixedDocument, cancellationToken))
            {
                var actions = await FixCorpus.ActionsAsync(fixedDocument, left, cancellationToken);
                if (actions.Any(a => a.Fix == fix && a.Action.EquivalenceKey == key))
                {
                    problems.Add($"{file}: Fix All '{key}' left {left.Id} on '{left.GetMessage()}' at line {Line(left)}, which it can fix");
                }
            }
        }

        AssertNone(problems);
    }

    private static (FixCorpus Corpus, Dictionary<(int Line, string Rule), bool> Marks) Load(string file)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "FixCorpus", file));
        var marks = new Dictionary<(int, string), bool>();
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match mark in MarkPattern().Matches(lines[i]))
            {
                marks[(i + 1, mark.Groups["rule"].Value)] = mark.Groups["no"].Length == 0;
            }
        }

        return (FixCorpus.Load(file, source), marks);
    }

    private static void AssertNone(IEnumerable<string> problems)
    {
        var all = problems.ToArray();
        Assert.True(all.Length == 0, string.Join(Environment.NewLine, all));
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static IEnumerable<string> Describe(IEnumerable<Diagnostic> errors) =>
        errors.Select(e => $"line {Line(e)}: {e.Id} {e.GetMessage()}");

    private static async Task<IEnumerable<string>> DescribeAsync(Document document, IEnumerable<Diagnostic> errors)
    {
        var text = await document.GetTextAsync();
        return errors.Select(e => $"{e.Id} {e.GetMessage()} in `{text.Lines[Line(e) - 1].ToString().Trim()}`");
    }

    [GeneratedRegex(@"(?<rule>SPOF\d{3}): (?<no>no )?fix\b")]
    private static partial Regex MarkPattern();
}
