using System.Globalization;

namespace Katas.Tool.Cli;

/// <summary>
/// The user interface culture of a language for a while: System.CommandLine takes its messages and help
/// headings from its resources in that culture. <c>using (UiCulture.Of(language)) { ... }</c>
/// </summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

    private UiCulture(Language language) =>
        CultureInfo.CurrentUICulture = Languages.Culture(language);

    public static UiCulture Of(Language language) => new(language);

    public void Dispose() => CultureInfo.CurrentUICulture = _before;
}
