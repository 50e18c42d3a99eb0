namespace Katas.SaleDay.Scenario;

/// <summary>A moment of a run, for the live dashboard.</summary>
internal sealed record LiveStatus(string Scenario, TimeSpan Elapsed, TimeSpan Length, double Rate, int Replicas, int Sent, int Served, string? Event);
