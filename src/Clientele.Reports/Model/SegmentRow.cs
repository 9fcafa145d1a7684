namespace Clientele.Reports.Model;

/// <summary>One RFM segment of the snapshot.</summary>
/// <param name="Name">The segment's name, as the scheme gives it (e.g. "Champions", "重要价值客户").</param>
/// <param name="Customers">Customers in it.</param>
/// <param name="Share">Share of all customers.</param>
/// <param name="Revenue">Their revenue up to the snapshot's as-of day.</param>
/// <param name="Clv">Their total CLV (customers with a CLV).</param>
/// <param name="MeanPAlive">Their mean P(alive), or null when none has one.</param>
public sealed record SegmentRow(string Name, int Customers, double Share, double Revenue, double Clv, double? MeanPAlive);
