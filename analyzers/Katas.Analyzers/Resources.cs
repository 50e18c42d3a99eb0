using System.Resources;

namespace Katas.Analyzers;

/// <summary>Access to Resources.resx (English) and its Korean satellite, Resources.ko.resx.</summary>
internal static class Resources
{
    public static ResourceManager ResourceManager { get; } = new("Katas.Analyzers.Resources", typeof(Resources).Assembly);
}
