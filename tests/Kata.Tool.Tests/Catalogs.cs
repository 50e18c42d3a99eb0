using Katas.Tool.Course;

namespace Katas.Tool.Tests;

/// <summary>Kata definitions for tests, shaped like the real ones.</summary>
internal static class Catalogs
{
    public static KataDefinition HealthChecker { get; } = new(
        "HealthChecker", 1, ["HealthChecker.cs"],
        [new(1, "probe"), new(2, "timeout"), new(3, "thresholds")]);

    public static KataDefinition RoundRobin { get; } = new(
        "RoundRobin", 2, ["RoundRobin.cs"],
        [new(1, "rotation"), new(2, "empty-pool")]);

    public static CourseCatalog Course { get; } = CourseCatalog.Of(HealthChecker, RoundRobin);
}
