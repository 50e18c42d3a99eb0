using System.Xml.Linq;

namespace Katas.Analyzers.RealCodeCheck;

/// <summary>
/// The test SDK reaching a project through a project it references. A package's build assets stay in the project that
/// references it unless that reference lets them flow (<c>PrivateAssets="None"</c>, or a list without <c>build</c> and
/// <c>all</c>); Sitko.Core's test helper library does that with <c>Microsoft.NET.Test.Sdk</c>, so in a build each test
/// project that references the library gets the SDK's props, and with them <c>IsTestProject</c>, from it alone.
/// </summary>
internal static class FlowingTestSdk
{
    private const string TestSdk = "Microsoft.NET.Test.Sdk";

    /// <summary>True when the project file references the test SDK and lets its build assets flow on.</summary>
    public static bool From(string projectFile)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(File.ReadAllText(projectFile));
        }
        catch (Exception e) when (e is System.Xml.XmlException or IOException)
        {
            return false;
        }

        return document.Descendants()
            .Where(e => e.Name.LocalName == "PackageReference"
                && string.Equals(e.Attribute("Include")?.Value.Trim(), TestSdk, StringComparison.OrdinalIgnoreCase))
            .Any(reference => BuildAssetsFlow(PrivateAssets(reference)));
    }

    /// <summary>The reference's PrivateAssets, as an attribute or a child element; null when it does not set it.</summary>
    private static string? PrivateAssets(XElement reference) =>
        reference.Attribute("PrivateAssets")?.Value
        ?? reference.Elements().FirstOrDefault(e => e.Name.LocalName == "PrivateAssets")?.Value;

    /// <summary>
    /// Unset, PrivateAssets is <c>contentfiles;analyzers;build</c>: the build assets stay. Set, they flow unless the list
    /// names <c>build</c> or <c>all</c>.
    /// </summary>
    private static bool BuildAssetsFlow(string? privateAssets) =>
        privateAssets is not null
        && !privateAssets.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(asset => asset.Equals("build", StringComparison.OrdinalIgnoreCase) || asset.Equals("all", StringComparison.OrdinalIgnoreCase));
}
