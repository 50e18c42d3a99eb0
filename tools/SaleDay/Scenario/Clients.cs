namespace Katas.SaleDay.Scenario;

/// <summary>The customers' HTTP client: connections reused, and never waiting longer than a customer would.</summary>
internal static class Clients
{
    public static HttpClient Create(SaleDayPlan plan) =>
        new(new SocketsHttpHandler
        {
            ConnectTimeout = plan.CustomerPatience,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            UseProxy = false,
        })
        {
            Timeout = plan.CustomerPatience,
        };
}
