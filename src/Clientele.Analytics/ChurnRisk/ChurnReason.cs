namespace Clientele.Analytics.ChurnRisk;

/// <summary>One reason a customer is on the churn warning list, in words.</summary>
/// <param name="Kind">The rule that fired.</param>
/// <param name="Text">The reason for people, e.g. "P(alive) fell from 0.92 to 0.41 since the analysis of 2025-06-30".</param>
public sealed record ChurnReason(ChurnReasonKind Kind, string Text);
