using System.Globalization;
using System.Resources;

namespace Katas.Analyzers.CodeFixes;

/// <summary>The titles of the code fixes, in the IDE's language (CodeFixResources.resx, CodeFixResources.ko.resx).</summary>
internal static class CodeFixTexts
{
    private static readonly ResourceManager s_resources = new("Katas.Analyzers.CodeFixes.CodeFixResources", typeof(CodeFixTexts).Assembly);

    public static string AddTimeout => Get(nameof(AddTimeout));

    public static string ReplaceInfiniteTimeout => Get(nameof(ReplaceInfiniteTimeout));

    public static string PassToken => Get(nameof(PassToken));

    public static string UseInterlocked => Get(nameof(UseInterlocked));

    public static string UseAwait => Get(nameof(UseAwait));

    private static string Get(string name) => s_resources.GetString(name, CultureInfo.CurrentUICulture) ?? name;
}
