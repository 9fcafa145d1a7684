namespace Clientele.Reports.Model;

/// <summary>The calendar period of the report's period-based measures, both days inclusive.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
public sealed record ReportPeriod(DateOnly From, DateOnly To);
