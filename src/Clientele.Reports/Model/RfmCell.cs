namespace Clientele.Reports.Model;

/// <summary>One cell of the RFM heat map: the customers with recency score <paramref name="R"/> and frequency score <paramref name="F"/>.</summary>
/// <param name="R">Recency score 1–5 (5 = most recent).</param>
/// <param name="F">Frequency score 1–5.</param>
/// <param name="Customers">Customers in the cell.</param>
/// <param name="MeanClv">Their mean CLV, or null when none has one.</param>
public sealed record RfmCell(int R, int F, int Customers, double? MeanClv);
