using System.Globalization;
using System.Text.Json.Nodes;
using Clientele.Allocation.Evaluation;
using Clientele.Storage.Database;

namespace Clientele.Storage.Planning;

/// <summary>
/// Plans, comparisons and evaluations as JSON objects (camelCase; non-finite numbers as null): what
/// <c>--json</c> prints, what an evaluation is stored as, and what the web API can return.
/// </summary>
public static class PlanJson
{
    /// <summary>A stored plan's header: id, period, status, items, creation.</summary>
    public static JsonObject Header(StoredPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new JsonObject
        {
            ["id"] = plan.PlanId,
            ["periodStart"] = Day(plan.PeriodStart),
            ["periodEnd"] = Day(plan.PeriodEnd),
            ["period"] = new PlanPeriod(plan.PeriodStart, plan.PeriodEnd).Label,
            ["status"] = Domain.Entities.EnumText.ToText(plan.Status),
            ["customers"] = plan.Items,
            ["createdAt"] = plan.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["proposedFrom"] = plan.ProposedFrom,
        };
    }

    /// <summary>A plan with its inputs' figures and its totals by tier and option.</summary>
    public static JsonObject Plan(StoredPlan plan, PlanInputs inputs, PlanSummary summary)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(summary);
        var node = Header(plan);
        var all = inputs.ToJson();
        all.Remove("policy");
        foreach (var (k, v) in all) node[k] = v?.DeepClone();
        node["byTier"] = new JsonArray([.. summary.ByTier.Select(t => (JsonNode)Totals(t))]);
        node["byOption"] = new JsonArray([.. summary.ByOption.Select(t => (JsonNode)Totals(t))]);
        node["total"] = Totals(summary.Total);
        return node;
    }

    /// <summary>One row of plan figures.</summary>
    public static JsonObject Totals(PlanTotals t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new JsonObject
        {
            ["key"] = t.Key,
            ["customers"] = t.Customers,
            ["cost"] = Number(t.Cost),
            ["hours"] = Number(t.Hours),
            ["expectedValue"] = Number(t.ExpectedValue),
            ["expectedNet"] = Number(t.Net),
            ["expectedRoi"] = Number(t.ExpectedRoi),
        };
    }

    /// <summary>The recalibrated effects by option: assumed, recalibrated, factor, evidence and reason.</summary>
    public static JsonObject Effects(RecalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var node = new JsonObject();
        foreach (var (id, o) in result.Options.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            node[id] = new JsonObject
            {
                ["assumed"] = new JsonObject { ["retention"] = Number(o.Assumed.Retention), ["spend"] = Number(o.Assumed.Spend) },
                ["recalibrated"] = new JsonObject { ["retention"] = Number(o.Recalibrated.Retention), ["spend"] = Number(o.Recalibrated.Spend) },
                ["items"] = o.Count,
                ["expectedGain"] = Number(o.ExpectedTotal),
                ["realizedGain"] = Number(o.RealizedTotal),
                ["rawFactor"] = Number(o.RawFactor),
                ["credibility"] = Number(o.Credibility),
                ["factor"] = Number(o.Factor),
                ["reason"] = o.Reason,
            };
        }

        return node;
    }

    /// <summary>An evaluation: window, totals by tier and option, recalibrated effects, flags.</summary>
    public static JsonObject Evaluation(PlanEvaluation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new JsonObject
        {
            ["evaluationId"] = e.EvaluationId.Length == 0 ? null : e.EvaluationId,
            ["plan"] = Header(e.Plan),
            ["asOf"] = Day(e.AsOf),
            ["windowStart"] = Day(e.Window.Start),
            ["windowEnd"] = Day(e.Window.End),
            ["byTier"] = new JsonArray([.. e.ByTier.Select(t => (JsonNode)Totals(t))]),
            ["byOption"] = new JsonArray([.. e.ByOption.Select(t => (JsonNode)Totals(t))]),
            ["total"] = Totals(e.Total),
            ["effects"] = Effects(e.Recalibration),
            ["flags"] = new JsonArray([.. e.Flags.Select(f => (JsonNode)new JsonObject
            {
                ["segment"] = f.Segment,
                ["customers"] = f.Customers,
                ["complaintsBefore"] = f.ComplaintsBefore,
                ["complaintsDuring"] = f.ComplaintsDuring,
                ["satisfactionBefore"] = Number(f.SatisfactionBefore),
                ["satisfactionDuring"] = Number(f.SatisfactionDuring),
                ["reason"] = f.Reason,
            })]),
            ["unvaluedItems"] = e.UnvaluedItems,
            ["unmatchedSpend"] = new JsonObject { ["entries"] = e.UnmatchedSpend.Entries, ["amount"] = e.UnmatchedSpend.Amount },
        };
    }

    /// <summary>One row of plan-versus-actual figures.</summary>
    public static JsonObject Totals(EvaluationTotals t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new JsonObject
        {
            ["key"] = t.Key,
            ["customers"] = t.Customers,
            ["plannedCost"] = Number(t.PlannedCost),
            ["actualSpend"] = Number(t.ActualSpend),
            ["variance"] = Number(t.Variance),
            ["expectedGain"] = Number(t.ExpectedGain),
            ["realizedGain"] = Number(t.RealizedGain),
            ["baselineMargin"] = Number(t.BaselineMargin),
            ["realizedMargin"] = Number(t.RealizedMargin),
            ["expectedRoi"] = Number(t.ExpectedRoi),
            ["realizedRoi"] = Number(t.RealizedRoi),
        };
    }

    /// <summary>A comparison of two plans.</summary>
    public static JsonObject Comparison(PlanComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        static JsonArray Rows(IReadOnlyList<PlanComparisonRow> rows) => new([.. rows.Select(r => (JsonNode)new JsonObject
        {
            ["key"] = r.Key,
            ["a"] = r.A is null ? null : Totals(r.A),
            ["b"] = r.B is null ? null : Totals(r.B),
            ["costChange"] = Number((r.B?.Cost ?? 0) - (r.A?.Cost ?? 0)),
            ["hoursChange"] = Number((r.B?.Hours ?? 0) - (r.A?.Hours ?? 0)),
            ["expectedValueChange"] = Number((r.B?.ExpectedValue ?? 0) - (r.A?.ExpectedValue ?? 0)),
        })]);
        static JsonArray Moves(IReadOnlyList<PlanMove> moves) => new([.. moves.Select(m => (JsonNode)new JsonObject { ["from"] = m.From, ["to"] = m.To, ["customers"] = m.Customers })]);
        return new JsonObject
        {
            ["a"] = Header(c.A),
            ["b"] = Header(c.B),
            ["byTier"] = Rows(c.ByTier),
            ["byOption"] = Rows(c.ByOption),
            ["total"] = Rows([c.Total])[0]!.DeepClone(),
            ["tierMoves"] = Moves(c.TierMoves),
            ["optionMoves"] = Moves(c.OptionMoves),
            ["onlyInA"] = c.OnlyInA,
            ["onlyInB"] = c.OnlyInB,
            ["sameOption"] = c.SameOption,
        };
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonNode? Number(double? value) => value is { } v && double.IsFinite(v) ? JsonValue.Create(v) : null;
}
