using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Katas.Tool.Cli;

/// <summary>
/// The options that several commands share. Each is one instance, added to every command that takes it,
/// so that `./kata --lang ko check` and `./kata check --lang ko` mean the same.
/// </summary>
internal static class CommonOptions
{
    public static readonly Option<Language?> Language = new("--lang")
    {
        Description = "The language: en or ko (default: KATA_LANG, then the system's language).",
        HelpName = "en|ko",
        Recursive = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Languages.Parse(text) is { } language)
            {
                return language;
            }

            result.AddError(UsageTexts.Format(UsageTexts.Current.LanguageValue, text));
            return null;
        },
    };

    public static readonly Option<string?> Repository = new("--repo")
    {
        Description = "Work on another copy of the repository.",
        HelpName = "folder",
        Recursive = true,
    };

    public static readonly Option<ColorMode> Color = new("--color")
    {
        Description = "Colours: auto, always or never (NO_COLOR is respected).",
        HelpName = "auto|always|never",
        Recursive = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            switch (text)
            {
                case "auto":
                    return ColorMode.Auto;
                case "always":
                    return ColorMode.Always;
                case "never":
                    return ColorMode.Never;
                default:
                    result.AddError(UsageTexts.Format(UsageTexts.Current.ColorValue, text));
                    return ColorMode.Auto;
            }
        },
    };

    public static readonly Option<bool> NoColor = new("--no-color")
    {
        Description = "No colours (the same as --color never).",
        Recursive = true,
    };

    public static readonly Option<TimeSpan?> Timeout = new("--timeout")
    {
        Description = "Stop a kata's specs after this many seconds, and one spec after a quarter of it (default 120).",
        HelpName = "seconds",
        CustomParser = result => Seconds(result, "--timeout"),
    };

    public static readonly Option<bool> NoBuild = new("--no-build")
    {
        Description = "Run what was built last instead of building.",
    };

    /// <summary>A whole number of seconds, 1 or more; null (and an error on the result) otherwise.</summary>
    public static TimeSpan? Seconds(ArgumentResult result, string name)
    {
        var text = result.Tokens.Single().Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return TimeSpan.FromSeconds(value);
        }

        result.AddError(UsageTexts.Format(UsageTexts.Current.Seconds, name, text));
        return null;
    }

    /// <summary>A whole number above 0; null (and an error on the result) otherwise.</summary>
    public static int? PositiveNumber(ArgumentResult result, string name)
    {
        var text = result.Tokens.Single().Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        result.AddError(UsageTexts.Format(UsageTexts.Current.PositiveNumber, name, text));
        return null;
    }

    /// <summary>The options every command reads: language, repository and colours.</summary>
    public static Options Bind(ParseResult result) => new()
    {
        Language = result.GetValue(Language),
        Repository = result.GetValue(Repository),
        Color = result.GetValue(NoColor) ? ColorMode.Never : result.GetValue(Color),
    };
}
