using System.Globalization;

namespace Katas.Tool.Cli;

/// <summary>The languages the course speaks.</summary>
internal enum Language
{
    English,
    Korean,
}

internal static class Languages
{
    /// <summary>The environment variable that picks the language when --lang is not given.</summary>
    public const string Variable = "KATA_LANG";

    /// <summary>Parses <c>en</c>, <c>ko</c> (and the names); null when the text is not a language.</summary>
    public static Language? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "en" or "english" => Language.English,
        "ko" or "kr" or "korean" or "한국어" => Language.Korean,
        _ => null,
    };

    /// <summary>
    /// The language a command line names with <c>--lang ko</c>, <c>--lang=ko</c> or <c>--lang:ko</c>, before
    /// it is parsed (the parser's own messages need it); null when it names none, or none the course speaks.
    /// </summary>
    public static Language? FromArguments(IReadOnlyList<string> args)
    {
        Language? named = null;
        for (var i = 0; i < args.Count; i++)
        {
            var argument = args[i];
            if (argument == "--")
            {
                break;
            }

            if (argument == "--lang" && i + 1 < args.Count)
            {
                named = Parse(args[++i]) ?? named;
            }
            else if (argument.StartsWith("--lang=", StringComparison.Ordinal) || argument.StartsWith("--lang:", StringComparison.Ordinal))
            {
                named = Parse(argument["--lang=".Length..]) ?? named;
            }
        }

        return named;
    }

    /// <summary>The culture a language's texts and resources are looked up in: ko-KR or en-US.</summary>
    public static CultureInfo Culture(Language language) =>
        CultureInfo.GetCultureInfo(language == Language.Korean ? "ko-KR" : "en-US");

    /// <summary>KATA_LANG first, then the user interface culture: Korean for ko-*, English otherwise.</summary>
    public static Language FromEnvironment(Func<string, string?> getVariable, CultureInfo uiCulture) =>
        Parse(getVariable(Variable))
        ?? (uiCulture.TwoLetterISOLanguageName == "ko" ? Language.Korean : Language.English);
}
