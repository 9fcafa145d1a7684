namespace Clientele.Analytics.Metrics;

/// <summary>One acquisition-month cohort: its size and, for k = 0, 1, …, the share of it active in the k-th month after acquisition.</summary>
/// <param name="Month">The acquisition month, yyyy-MM.</param>
/// <param name="Customers">Customers acquired that month.</param>
/// <param name="Retention">Share active in month k (k = 0 is the acquisition month itself), up to the period's last month.</param>
public sealed record CohortRow(string Month, int Customers, IReadOnlyList<double> Retention);
