using System.Text.Json.Serialization;
using Katas.Tool.Grading.Model;

namespace Katas.Tool.Grading;

/// <summary>The grade as JSON (`./kata grade --json`): the model as it is, enums as words, camelCase.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SubmissionGrade))]
[JsonSerializable(typeof(IReadOnlyList<SubmissionGrade>))]
internal sealed partial class GradeJson : JsonSerializerContext;
