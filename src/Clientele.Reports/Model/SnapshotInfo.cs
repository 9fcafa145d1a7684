namespace Clientele.Reports.Model;

/// <summary>The analysis snapshot behind the customer-value figures (<c>clientele analyze</c>).</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="AsOf">The day the customers were analyzed as of.</param>
/// <param name="Unit">The time unit of its model rates ("day", "week", "month").</param>
/// <param name="Customers">Customers it holds.</param>
public sealed record SnapshotInfo(string RunId, DateOnly AsOf, string Unit, int Customers);
