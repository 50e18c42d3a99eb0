using System.Collections.Generic;

namespace Katas.Analyzers;

/// <summary>
/// The words of an identifier: <c>HealthProbe</c> gives Health, Probe; <c>checkAllAsync</c> check, All, Async;
/// <c>HTTPProbe</c> HTTP, Probe; <c>metadataAddress</c> metadata, Address. Split by hand rather than by a regular
/// expression: it runs for every symbol a rule asks about, and a regular expression's match timeout can fire on a
/// loaded machine and turn a name into an analyzer exception.
/// </summary>
internal static class IdentifierWords
{
    public static List<string> Of(string identifier)
    {
        var words = new List<string>();
        var i = 0;
        while (i < identifier.Length)
        {
            var start = i;
            var c = identifier[i];
            if (IsUpper(c))
            {
                while (i < identifier.Length && IsUpper(identifier[i]))
                {
                    i++;
                }

                if (i < identifier.Length && IsLower(identifier[i]))
                {
                    if (i - start > 1)
                    {
                        // HTTPProbe: the capitals but the last are a word of their own.
                        words.Add(identifier.Substring(start, i - 1 - start));
                        start = i - 1;
                    }

                    while (i < identifier.Length && IsLower(identifier[i]))
                    {
                        i++;
                    }
                }
            }
            else if (IsLower(c))
            {
                while (i < identifier.Length && IsLower(identifier[i]))
                {
                    i++;
                }
            }
            else if (c is >= '0' and <= '9')
            {
                while (i < identifier.Length && identifier[i] is >= '0' and <= '9')
                {
                    i++;
                }
            }
            else
            {
                i++;
                continue;
            }

            words.Add(identifier.Substring(start, i - start));
        }

        return words;
    }

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool IsLower(char c) => c is >= 'a' and <= 'z';

    /// <summary>The last word of an identifier (<c>metadataAddress</c> gives Address), or the identifier when it has none.</summary>
    public static string Last(string identifier)
    {
        var words = Of(identifier);
        return words.Count == 0 ? identifier : words[words.Count - 1];
    }
}
