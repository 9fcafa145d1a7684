namespace Clientele.Analytics.ChurnRisk;

/// <summary>Value at risk of one group of customers (<c>churn-risk --by</c>).</summary>
/// <param name="Key">The group's value of the dimension ("(none)" when missing).</param>
/// <param name="Customers">Customers in the group.</param>
/// <param name="Clv">Σ CLV of the group.</param>
/// <param name="ValueAtRisk">Σ CLV × (1 − P(alive)) of the group.</param>
/// <param name="Share">The group's share of the total value at risk; null when the total is not positive.</param>
public sealed record ChurnRiskGroup(string Key, int Customers, double Clv, double ValueAtRisk, double? Share);
