using System.Text.Json;
using Katas.Tool.Grading.Reports;

namespace Katas.Tool.Tests;

public sealed class GradeJsonTests
{
    [Fact]
    public void Every_fact_of_the_grade_is_in_the_JSON()
    {
        using var json = JsonDocument.Parse(GradeJson.Render(GradeSamples.Mixed(spofDeduction: 1)));
        var root = json.RootElement;

        Assert.Equal("alice-katas", root.GetProperty("name").GetString());
        Assert.Equal(6.5m, root.GetProperty("score").GetDecimal());
        Assert.Equal(45m, root.GetProperty("max_score").GetDecimal());
        Assert.False(root.GetProperty("sandboxed").GetBoolean());
        Assert.True(root.GetProperty("needs_review").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("problem").ValueKind);
        Assert.Equal(["Alice Kim", "Bo Park"], root.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));

        var katas = root.GetProperty("katas").EnumerateArray().ToList();
        Assert.Equal(["graded", "not_compiling", "missing"], katas.Select(k => k.GetProperty("status").GetString()));
        Assert.Equal(1m, katas[0].GetProperty("spof_deduction").GetDecimal());
        Assert.Equal(GradeSamples.CompilerLine, katas[1].GetProperty("compiler_errors")[0].GetString());
        var many = katas[0].GetProperty("steps")[2];
        Assert.Equal("the specs stopped after 30 s", many.GetProperty("problem").GetString());
        Assert.Equal(["failed", "not_seen"], many.GetProperty("specs").EnumerateArray().Select(s => s.GetProperty("verdict").GetString()));
        Assert.Equal("refused", root.GetProperty("ignored_files")[1].GetProperty("change").GetString());
        Assert.Equal(7, root.GetProperty("review_flags")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_class_is_a_list_of_submissions_by_name()
    {
        using var json = JsonDocument.Parse(GradeJson.Render(GradeSamples.Class()));

        Assert.Equal(
            ["alice-katas", "bo-katas", "chan-katas", "dana-katas"],
            json.RootElement.GetProperty("submissions").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }
}
