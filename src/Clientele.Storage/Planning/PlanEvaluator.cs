using System.Globalization;
using Clientele.Allocation;
using Clientele.Allocation.Evaluation;
using Clientele.Domain;
using Clientele.Storage.Database;

namespace Clientele.Storage.Planning;

/// <summary>
/// Evaluates a stored plan against what happened: spend booked against its items versus planned cost, realized
/// incremental margin versus expected, ROI, recalibrated option effects, and segments whose complaints rose or
/// satisfaction fell. The evaluation is stored with the plan.
/// </summary>
/// <remarks>
/// <para><b>Window.</b> From the later of the plan's first day and the day after its snapshot's as-of day d₀, to the
/// earlier of the plan's last day and the as-of day (default: the last stored transaction).</para>
/// <para><b>No-action baseline</b> of customer i: what the plan's snapshot model expected i to bring in the window
/// without any action, B_i = m · s_i · (E[X(t_b) | x, t_x, T] − E[X(t_a) | x, t_x, T]), with m the snapshot's margin
/// rate, s_i its expected spend per purchase (Gamma-Gamma), E[X(t) | …] the purchase model's conditional expected
/// purchases in the t model-time units after d₀, t_a = (window start − 1 − d₀) and t_b = (window end − d₀) in model
/// units; undiscounted (a plan period is short).</para>
/// <para><b>Realized gain</b> = m · Σ amounts of i's transactions in the window − B_i. <b>Expected gain</b> =
/// <see cref="OptionValuation.ExpectedGain"/> with the baseline in place of CLV and S = survival given alive over t_b:
/// B_i · ((1 + σ) · M(ρ, S) − 1), the same valuation the plan used, restricted to the window. "none" items have
/// expected gain 0, so their realized gain is the model's forecast error on customers left alone — a check on the
/// baseline itself.</para>
/// <para><b>Flags.</b> Per RFM segment of the snapshot, the evaluated window against the preceding window of equal
/// length: complaints rose when during − before ≥ <see cref="ComplaintRiseMinimum"/> and during ≥
/// <see cref="ComplaintRiseFactor"/> × before; satisfaction fell when both windows have at least
/// <see cref="MinimumAnswers"/> answers and the mean (rescaled to [0, 1]) fell by at least
/// <see cref="SatisfactionDrop"/>.</para>
/// </remarks>
public static class PlanEvaluator
{
    /// <summary>Complaints must at least rise by this factor to flag a segment.</summary>
    public const double ComplaintRiseFactor = 1.25;

    /// <summary>…and by at least this many complaints.</summary>
    public const int ComplaintRiseMinimum = 3;

    /// <summary>A fall of mean satisfaction (on a 0–1 scale; 0.05 = 5 points of 100) that flags a segment.</summary>
    public const double SatisfactionDrop = 0.05;

    /// <summary>Answers needed in each window to compare satisfaction.</summary>
    public const int MinimumAnswers = 5;

    /// <summary>Evaluates plan <paramref name="planId"/> and stores the evaluation; see <see cref="PlanEvaluator"/>.</summary>
    /// <param name="store">The open store.</param>
    /// <param name="planId">The plan.</param>
    /// <param name="asOf">The last day of actuals to count; default the last stored transaction (at most the plan's end).</param>
    /// <param name="recalibration">How evidence is weighed against the assumed effects; defaults when null.</param>
    /// <param name="stages">Runs the steps (progress); plain when null.</param>
    /// <exception cref="PlanningException">No such plan, its snapshot is gone, or the window is empty (the period has not started).</exception>
    public static PlanEvaluation Evaluate(ClienteleStore store, string planId, DateOnly? asOf = null, RecalibrationOptions? recalibration = null, IPlanStages? stages = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(planId);
        stages ??= PlainPlanStages.Instance;
        var plan = store.ReadPlan(planId) ?? throw new PlanningException($"there is no plan '{planId}' in {store.Location.DisplayName}; 'clientele plans' lists them");
        var inputs = PlanInputs.Parse(plan.Inputs, plan.PlanId);
        var (snapshot, items, last) = stages.Run("read plan and snapshot", () =>
        {
            var s = store.ReadAnalysisSnapshot(inputs.AnalysisRunId) ?? throw new PlanningException(
                $"plan {plan.PlanId} was made from analysis snapshot {inputs.AnalysisRunId}, which is no longer in the store");
            return (s, store.ReadPlanItems(plan.PlanId), store.LastTransactionDate());
        });
        var model = SnapshotModel.From(snapshot.Run);
        var d0 = snapshot.Run.AsOf;
        var day = asOf ?? (last is { } l && l < plan.PeriodEnd ? l : plan.PeriodEnd);
        var start = plan.PeriodStart > d0 ? plan.PeriodStart : d0.AddDays(1);
        var end = day < plan.PeriodEnd ? day : plan.PeriodEnd;
        if (end < start)
        {
            throw new PlanningException(
                $"nothing to evaluate yet: plan {plan.PlanId} covers {plan.PeriodStart:yyyy-MM-dd} to {plan.PeriodEnd:yyyy-MM-dd} and actuals run to {day:yyyy-MM-dd}");
        }

        var window = new PlanPeriod(start, end);
        var (spend, revenue, unmatched) = stages.Run("read actuals", () =>
            (store.PlanItemSpend(plan.PlanId, day), store.RevenueByCustomer(start, end), store.UnmatchedPlanSpend(plan.PlanId, day)));

        var byCustomer = new Dictionary<string, AnalysisResult>(snapshot.Results.Count, StringComparer.Ordinal);
        foreach (var r in snapshot.Results) byCustomer[r.CustomerId] = r;
        var policy = inputs.Policy;
        double unitDays = model.Unit.Days();
        double ta = Math.Max(0, start.DayNumber - 1 - d0.DayNumber) / unitDays, tb = (end.DayNumber - d0.DayNumber) / unitDays;

        var rows = new (StoredPlanItem Item, double Spend, double Expected, double Realized, double Baseline, double Margin, bool Valued)[items.Count];
        var outcomes = new List<OptionOutcome>();
        int unvalued = 0;
        stages.Run("compare", () =>
        {
            for (int k = 0; k < items.Count; k++)
            {
                var item = items[k];
                double paid = (double)spend.GetValueOrDefault(item.ItemId);
                if (!byCustomer.TryGetValue(item.CustomerId, out var r) || !double.IsFinite(r.ExpectedSpend) || !double.IsFinite(r.Frequency) || !double.IsFinite(r.Age))
                {
                    rows[k] = (item, paid, 0, 0, 0, 0, false);
                    unvalued++;
                    continue;
                }

                double purchases = model.Model.ConditionalExpectedPurchases(tb, r.Frequency, r.Recency, r.Age) -
                    (ta > 0 ? model.Model.ConditionalExpectedPurchases(ta, r.Frequency, r.Recency, r.Age) : 0);
                double baseline = model.MarginRate * r.ExpectedSpend * Math.Max(0, purchases);
                double margin = model.MarginRate * (double)revenue.GetValueOrDefault(item.CustomerId);
                var option = policy.Option(item.Option);
                double expected = option is null ? 0 : OptionValuation.ExpectedGain(new OptionValuationInput(baseline, model.SurvivalGivenAlive(r.Frequency, r.Age, tb)), option.Effect);
                rows[k] = (item, paid, expected, margin - baseline, baseline, margin, true);
                if (option is not null) outcomes.Add(new OptionOutcome(option.Id, expected, margin - baseline));
            }

            return 0;
        });

        var assumed = policy.Options.ToDictionary(o => o.Id, o => o.Effect, StringComparer.Ordinal);
        var result = EffectRecalibration.Recalibrate(assumed, outcomes, recalibration);
        var flags = stages.Run("flag segments", () => Flags(store, items, byCustomer, window));

        EvaluationTotals Sum(string key, IEnumerable<int> which)
        {
            int n = 0;
            double planned = 0, paid = 0, expected = 0, realized = 0, baseline = 0, margin = 0;
            foreach (int k in which)
            {
                var row = rows[k];
                n++;
                planned += (double)row.Item.Cost;
                paid += row.Spend;
                expected += row.Expected;
                realized += row.Realized;
                baseline += row.Baseline;
                margin += row.Margin;
            }

            return new EvaluationTotals(key, n, planned, paid, expected, realized, baseline, margin);
        }

        var indices = Enumerable.Range(0, items.Count).ToArray();
        var tierOrder = policy.Tiers.Select(t => t.Name).ToList();
        var byTier = indices.GroupBy(k => items[k].Tier).OrderBy(g => tierOrder.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i).Select(g => Sum(g.Key, g)).ToList();
        var byOption = indices.GroupBy(k => items[k].Option).OrderBy(g => g.Key == PolicyOptionNone ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => Sum(g.Key, g)).ToList();
        var total = Sum("total", indices);

        var evaluation = new PlanEvaluation(plan, window, day, byTier, byOption, total, result, flags, unvalued, unmatched, "");
        return stages.Run("save evaluation", () =>
        {
            var effects = PlanJson.Effects(result).ToJsonString();
            var saved = store.SavePlanEvaluation(plan.PlanId, day, effects, PlanJson.Evaluation(evaluation).ToJsonString());
            return evaluation with { EvaluationId = saved.EvaluationId };
        });
    }

    private const string PolicyOptionNone = Allocation.Policies.PolicyOption.NoneId;

    private static List<SegmentFlag> Flags(ClienteleStore store, IReadOnlyList<StoredPlanItem> items, Dictionary<string, AnalysisResult> snapshot, PlanPeriod window)
    {
        var before = new PlanPeriod(window.Start.AddDays(-window.Days), window.Start.AddDays(-1));
        var during = store.FeedbackByCustomer(window.Start, window.End);
        var earlier = store.FeedbackByCustomer(before.Start, before.End);
        var segments = new SortedDictionary<string, (int N, CustomerFeedback Before, CustomerFeedback During)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            string segment = snapshot.TryGetValue(item.CustomerId, out var r) && !string.IsNullOrEmpty(r.Segment) ? r.Segment : "(none)";
            var s = segments.GetValueOrDefault(segment);
            var b = earlier.GetValueOrDefault(item.CustomerId);
            var d = during.GetValueOrDefault(item.CustomerId);
            segments[segment] = (s.N + 1, Add(s.Before, b), Add(s.During, d));
        }

        var flags = new List<SegmentFlag>();
        foreach (var (segment, s) in segments)
        {
            double? satBefore = s.Before.SatisfactionAnswers >= MinimumAnswers ? s.Before.SatisfactionSum / s.Before.SatisfactionAnswers : null;
            double? satDuring = s.During.SatisfactionAnswers >= MinimumAnswers ? s.During.SatisfactionSum / s.During.SatisfactionAnswers : null;
            var reasons = new List<string>();
            int cb = s.Before.Complaints, cd = s.During.Complaints;
            if (cd - cb >= ComplaintRiseMinimum && cd >= ComplaintRiseFactor * cb) reasons.Add(Text($"complaints rose from {cb} to {cd}"));
            if (satBefore is { } sb && satDuring is { } sd && sb - sd >= SatisfactionDrop) reasons.Add(Text($"satisfaction fell from {sb:P0} to {sd:P0}"));
            if (reasons.Count > 0) flags.Add(new SegmentFlag(segment, s.N, cb, cd, satBefore, satDuring, string.Join("; ", reasons)));
        }

        return flags;
    }

    private static CustomerFeedback Add(CustomerFeedback a, CustomerFeedback b) =>
        new(a.Complaints + b.Complaints, a.SatisfactionSum + b.SatisfactionSum, a.SatisfactionAnswers + b.SatisfactionAnswers);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
