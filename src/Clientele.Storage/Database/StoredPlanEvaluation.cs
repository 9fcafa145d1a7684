namespace Clientele.Storage.Database;

/// <summary>One stored evaluation of a plan (a row of <c>allocation_evaluations</c>).</summary>
/// <param name="EvaluationId">The evaluation's external id.</param>
/// <param name="PlanId">The plan evaluated.</param>
/// <param name="AsOf">The last day of actuals counted.</param>
/// <param name="CreatedAt">When it was stored (UTC).</param>
/// <param name="Effects">The recalibrated option effects as a JSON object.</param>
/// <param name="Result">The whole evaluation as a JSON object.</param>
public sealed record StoredPlanEvaluation(string EvaluationId, string PlanId, DateOnly AsOf, DateTime CreatedAt, string Effects, string Result);
