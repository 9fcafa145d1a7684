namespace Clientele.Reports.Model;

/// <summary>One value tier of the snapshot.</summary>
/// <param name="Tier">gold, silver or standard.</param>
/// <param name="Customers">Customers in it.</param>
/// <param name="Clv">Their total CLV.</param>
/// <param name="Revenue">Their revenue up to the as-of day.</param>
public sealed record TierRow(string Tier, int Customers, double Clv, double Revenue);
