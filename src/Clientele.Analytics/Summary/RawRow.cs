namespace Clientele.Analytics.Summary;

/// <summary>One accepted input row as kept for the exact rebuild: 16 bytes, no object per row.</summary>
internal readonly record struct RawRow(int Customer, int Day, double Amount);
