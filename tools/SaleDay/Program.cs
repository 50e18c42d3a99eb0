using System.Globalization;
using System.Text;
using Katas.SaleDay;
using Katas.SaleDay.Load;
using Katas.SaleDay.Reporting;
using Katas.SaleDay.Scenario;
using Spectre.Console;

// saleday [--seed N] [--only single|orchestrated] [--no-live] [--no-color] [--report FILE]
// saleday load [--rps N] [--seconds N] [--replicas N]
if (!Console.IsOutputRedirected)
{
    Console.OutputEncoding = Encoding.UTF8;
}

// The student's language, passed on by `./kata demo` (--lang ko or en); English when not given.
var languageAt = Array.IndexOf(args, "--lang");
var texts = SaleDayTexts.For(languageAt >= 0 && languageAt + 1 < args.Length ? args[languageAt + 1] : null);

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    var arguments = new Arguments(args);
    if (arguments.Flag("--help") || arguments.Flag("-h"))
    {
        Console.WriteLine("""
            saleday                 replay the lesson's sale day against your katas, two ways
              --seed N              the traffic's jitter (default 2026); the same seed, the same day
              --only single|orchestrated
              --no-live             no live table; a line every few seconds
              --no-color            no colours (also NO_COLOR=1)
              --report FILE         where to write the HTML report (default sale-day.html)
              --lang en|ko          the language of the lines, the tables and the report (default en)
              --detail              one line per minute of the day (sent, served, errors, replicas),
                                    and the table's figures as plain lines
            saleday load            a sustained load through the round robin to a fleet on 127.0.0.1
              --rps N (2000)  --seconds N (60)  --replicas N (4)
            """);
        return 0;
    }

    if (arguments.Command == "load")
    {
        return await LoadTest.RunAsync(
            arguments.Number("--rps", 2000), TimeSpan.FromSeconds(arguments.Number("--seconds", 60)), arguments.Number("--replicas", 4), Console.Out, cancel.Token);
    }

    var missing = await KataReadiness.MissingPiecesAsync();
    if (missing.Count > 0)
    {
        Console.WriteLine(texts.NotWrittenYet);
        foreach (var piece in missing)
        {
            Console.WriteLine("  - " + piece);
        }

        Console.WriteLine(texts.NextStepOrReference);
        return 1;
    }

    var plan = new SaleDayPlan { Seed = arguments.Number("--seed", 2026) };
    var only = arguments.Value("--only");
    if (only is not (null or "single" or "orchestrated"))
    {
        throw new FormatException($"--only takes 'single' or 'orchestrated', not '{only}'.");
    }

    // Spectre.Console honours NO_COLOR by itself; --no-color is the same for those who pass options.
    var console = arguments.Flag("--no-color")
        ? AnsiConsole.Create(new AnsiConsoleSettings { ColorSystem = ColorSystemSupport.NoColors })
        : AnsiConsole.Console;
    var live = !arguments.Flag("--no-live") && !Console.IsOutputRedirected;
    var results = new List<ScenarioResult>();
    console.MarkupLine(SaleDayTexts.Format(texts.Headline, plan.Seed, plan.NormalRate, plan.PeakRate / plan.NormalRate, plan.CrashAt.TotalSeconds));
    if (only is null or "single")
    {
        console.MarkupLine($"[bold]1.[/] {Markup.Escape(texts.SingleContainer)}");
        results.Add(await new Dashboard(console, live, texts).ShowAsync(progress => SingleContainerScenario.RunAsync(plan, progress, cancel.Token)));
    }

    if (only is null or "orchestrated")
    {
        console.MarkupLine($"[bold]2.[/] {Markup.Escape(texts.Orchestrated)}");
        results.Add(await new Dashboard(console, live, texts).ShowAsync(progress => OrchestratedScenario.RunAsync(plan, progress, texts, cancel.Token)));
    }

    if (arguments.Flag("--detail"))
    {
        foreach (var result in results)
        {
            Console.WriteLine(result.Name);
            for (var minute = 0; minute < result.Seconds.Count; minute++)
            {
                var second = result.Seconds[minute];
                Console.WriteLine($"  minute {minute,2}: sent {second.Sent,5}  served {second.Served,5}  errors {second.Errors,4}  gave up {second.TimedOut,4}  replicas {second.Replicas,2}");
            }
        }
    }

    console.Write(SummaryTable.Build(results, texts));
    if (arguments.Flag("--detail"))
    {
        // The table's figures once more, one per line, for a log that is read by a program.
        foreach (var line in results.SelectMany(SummaryTable.Lines))
        {
            Console.WriteLine(line);
        }
    }

    var report = Path.GetFullPath(arguments.Value("--report") ?? "sale-day.html");
    Directory.CreateDirectory(Path.GetDirectoryName(report)!);
    await File.WriteAllTextAsync(report, HtmlReport.Render(plan, results, texts), cancel.Token);
    console.MarkupLine(SaleDayTexts.Format(texts.ChartsAndTable, Markup.Escape(report)));
    return 0;
}
catch (FormatException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}
catch (NotImplementedException exception)
{
    // A member the readiness check did not try is still a stub: name it rather than crash.
    Console.Error.WriteLine(SaleDayTexts.Format(texts.NotFinished, exception.Message));
    Console.Error.WriteLine(texts.NextStep);
    return 1;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine(texts.Stopped);
    return 130;
}

/// <summary>The few options the sale day takes, each checked with a message naming it.</summary>
internal sealed class Arguments(string[] args)
{
    public string? Command { get; } = args.FirstOrDefault(a => !a.StartsWith('-'));

    public bool Flag(string name) => args.Contains(name, StringComparer.Ordinal);

    public string? Value(string name)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0)
        {
            return null;
        }

        return index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal)
            ? args[index + 1]
            : throw new FormatException($"{name} needs a value.");
    }

    public int Number(string name, int fallback) => Value(name) is not { } text
        ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new FormatException($"{name} takes a whole number above 0, not '{text}'.");
}
