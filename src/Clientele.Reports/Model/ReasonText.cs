namespace Clientele.Reports.Model;

/// <summary>One churn reason: the rule (its label is "reasonKind.KIND" in the dictionaries) and the English sentence with its numbers.</summary>
/// <param name="Kind">pAliveFell, pAliveLow, purchaseOverdue, satisfactionFell or openComplaints.</param>
/// <param name="Text">The reason in English, e.g. "P(alive) fell from 0.92 to 0.41 since the analysis of 2025-06-30".</param>
public sealed record ReasonText(string Kind, string Text);
