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

    /// <summary>
    /// Runs <paramref name="code"/> where the stub starting <paramref name="stubStart"/> throws (stubs are often
    /// expression-bodied: <c>=&gt; throw new NotImplementedException("Step 1: ...")</c>), then throws as before.
    /// </summary>
    public static string BeforeStub(this string starter, string stubStart, string code)
    {
        var at = starter.IndexOf(stubStart, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The starter has no stub '{stubStart}'.");
        const string Throw = "throw new NotImplementedException(";
        Assert.StartsWith(Throw, stubStart, StringComparison.Ordinal);
        return starter.Remove(at, Throw.Length).Insert(at, "throw Planted.Run() ?? new NotImplementedException(")
            + "\nstatic class Planted\n{\n    public static Exception? Run()\n    {\n        " + code + "\n        return null;\n    }\n}\n";
    }

    public static string WithClass(this string source, string type) => source + "\n" + type + "\n";
}
