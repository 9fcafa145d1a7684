namespace Clientele.Reports.Model;

/// <summary>Measures per calendar month; every list has one entry per month of <paramref name="Periods"/> (null = cannot be computed).</summary>
/// <param name="Periods">The months, "yyyy-MM".</param>
/// <param name="Revenue">Revenue per month.</param>
/// <param name="Orders">Orders per month.</param>
/// <param name="ActiveCustomers">Customers with a purchase in the month.</param>
/// <param name="Nps">NPS per month (−100…100).</param>
/// <param name="Csat">Mean satisfaction per month on <paramref name="CsatScale"/>.</param>
/// <param name="CsatScale">The top of the satisfaction scale.</param>
/// <param name="ComplaintRate">Complaints per active customer per month.</param>
public sealed record TrendSeries(
    IReadOnlyList<string> Periods,
    IReadOnlyList<double?> Revenue,
    IReadOnlyList<int> Orders,
    IReadOnlyList<int> ActiveCustomers,
    IReadOnlyList<double?> Nps,
    IReadOnlyList<double?> Csat,
    int CsatScale,
    IReadOnlyList<double?> ComplaintRate);
