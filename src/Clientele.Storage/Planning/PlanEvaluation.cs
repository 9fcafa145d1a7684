using Clientele.Allocation.Evaluation;
using Clientele.Storage.Database;

namespace Clientele.Storage.Planning;

/// <summary>A plan versus what happened, as of a day.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Window">The days evaluated: from the plan's start (or the day after its snapshot) to the as-of day or the plan's end.</param>
/// <param name="AsOf">The last day of actuals counted (spend booked up to it).</param>
/// <param name="ByTier">Per tier.</param>
/// <param name="ByOption">Per option ("none" = the model's error on customers left alone).</param>
/// <param name="Total">All items.</param>
/// <param name="Recalibration">The recalibrated option effects with their evidence.</param>
/// <param name="Flags">Segments whose complaints rose or satisfaction fell.</param>
/// <param name="UnvaluedItems">Items whose customer the snapshot could not value (no expected spend); left out of the value columns.</param>
/// <param name="UnmatchedSpend">Ledger entries booked to an item id of this plan that does not exist, and their amount.</param>
/// <param name="EvaluationId">The id the evaluation was stored under.</param>
public sealed record PlanEvaluation(
    StoredPlan Plan,
    PlanPeriod Window,
    DateOnly AsOf,
    IReadOnlyList<EvaluationTotals> ByTier,
    IReadOnlyList<EvaluationTotals> ByOption,
    EvaluationTotals Total,
    RecalibrationResult Recalibration,
    IReadOnlyList<SegmentFlag> Flags,
    int UnvaluedItems,
    (int Entries, decimal Amount) UnmatchedSpend,
    string EvaluationId);
