using System.Globalization;

namespace Katas.Specs;

/// <summary>
/// Runs a spec's calls under another culture than the machine's. Text that a student formats with the
/// machine's culture (<c>ToString("0.###")</c> without a culture) passes on an English machine and comes out
/// as <c>0,25</c> on a German one: a spec that pins such a culture catches it on every machine.
/// </summary>
public static class Cultures
{
    /// <summary>German: a decimal comma (<c>0,25</c>) and a dot between thousands (<c>1.000</c>).</summary>
    public static CultureInfo DecimalComma { get; } = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Awaits <paramref name="action"/> with <paramref name="culture"/> as the current culture, then restores the one before.</summary>
    public static async Task<T> RunAsync<T>(CultureInfo culture, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(action);
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return await action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
