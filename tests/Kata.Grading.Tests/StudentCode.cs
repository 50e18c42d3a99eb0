namespace Katas.Tool.Grading.Tests;

/// <summary>Edits of a kata's source, the way a student (or an attacker) would write them.</summary>
internal static class StudentCode
{
    /// <summary>Puts <paramref name="code"/> first in the body of the <paramref name="occurrence"/>-th member whose declaration contains <paramref name="signature"/>.</summary>
    public static string AtStartOf(this string source, string signature, string code, int occurrence = 1)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = source.IndexOf(signature, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"The source has no {occurrence}. '{signature}'.");
        }

        var brace = source.IndexOf('{', at);
        return source.Insert(brace + 1, "\n" + code + "\n");
    }

    /// <summary>Replaces the step's stub (<c>throw new NotImplementedException("Step N: write X.</c>) with code before it.</summary>
    public static string BeforeStub(this string starter, string stubStart, string code)
    {
        var at = starter.IndexOf(stubStart, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The starter has no stub '{stubStart}'.");
        return starter.Insert(at, code + "\n");
    }

    public static string WithClass(this string source, string type) => source + "\n" + type + "\n";
}
