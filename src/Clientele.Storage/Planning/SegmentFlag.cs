namespace Clientele.Storage.Planning;

/// <summary>
/// A segment whose complaints rose or whose satisfaction fell between the window before the plan period and the
/// evaluated window (thresholds in <see cref="PlanEvaluator"/>).
/// </summary>
/// <param name="Segment">The RFM segment (of the plan's snapshot).</param>
/// <param name="Customers">The plan's customers in it.</param>
/// <param name="ComplaintsBefore">Complaints in the preceding window of equal length.</param>
/// <param name="ComplaintsDuring">Complaints in the evaluated window.</param>
/// <param name="SatisfactionBefore">Mean satisfaction rescaled to [0, 1] before, or null with too few answers.</param>
/// <param name="SatisfactionDuring">Mean satisfaction rescaled to [0, 1] during, or null with too few answers.</param>
/// <param name="Reason">Why it is flagged, in words.</param>
public sealed record SegmentFlag(
    string Segment, int Customers, int ComplaintsBefore, int ComplaintsDuring, double? SatisfactionBefore, double? SatisfactionDuring, string Reason);
