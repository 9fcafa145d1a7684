namespace Clientele.Reports.Model;

/// <summary>One acquisition-month cohort: its size and the share of it active k months after acquisition.</summary>
/// <param name="Month">The acquisition month, "yyyy-MM".</param>
/// <param name="Customers">Customers acquired that month.</param>
/// <param name="Retention">Share active in month k = 0, 1, ….</param>
public sealed record CohortLine(string Month, int Customers, IReadOnlyList<double> Retention);
