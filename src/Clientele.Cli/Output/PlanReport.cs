using System.Globalization;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;
using Clientele.Storage.Planning;
using Spectre.Console;

namespace Clientele.Cli.Output;

/// <summary>Plans, plan lists, comparisons and evaluations as tables and short lines for people.</summary>
internal static class PlanReport
{
    public static void Plan(IAnsiConsole console, StoredPlan plan, PlanInputs inputs, PlanSummary summary)
    {
        var period = new PlanPeriod(plan.PeriodStart, plan.PeriodEnd);
        string hours = double.IsFinite(inputs.StaffHours) ? Hours(inputs.StaffHours) : "unlimited";
        console.MarkupLine($"plan [bold]{Markup.Escape(plan.PlanId)}[/] ({EnumText.ToText(plan.Status)}) for {period.Label} ({plan.PeriodStart:yyyy-MM-dd} to {plan.PeriodEnd:yyyy-MM-dd}): " +
            $"{plan.Items:N0} customers valued by snapshot {Markup.Escape(inputs.AnalysisRunId)} as of {inputs.SnapshotAsOf:yyyy-MM-dd} ({Markup.Escape(inputs.PurchaseModel)}); " +
            $"budget {Money(inputs.Budget)}, staff hours {hours}" +
            (plan.ProposedFrom is { } from ? $"; proposed from {Markup.Escape(from)}" : ""));
        console.Write(TotalsTable("tier", summary.ByTier, summary.Total));
        console.Write(TotalsTable("option", summary.ByOption, summary.Total));
        var s = inputs.Solver;
        console.WriteLine($"objective Σ(value − cost) {Money(s.Objective)}; " +
            (s.IsExact ? "optimal (proven)" : $"upper bound {Money(s.UpperBound)}: within {s.OptimalityGap.ToString("P4", CultureInfo.InvariantCulture)} of the optimum"));
        var prices = $"shadow prices: one more 1,000 of budget adds {Money(1000 * s.BudgetPrice)}; one more staff hour adds {Money(s.StaffHourPrice)}";
        foreach (var (name, price) in s.CategoryPrices) prices += $"; one more 1,000 of {name} adds {Money(1000 * price)}";
        console.WriteLine(prices);
        console.WriteLine($"binding: {(s.Binding.Count == 0 ? "none" : string.Join(", ", s.Binding))}");
        var cuts = string.Join(" / ", inputs.TierCuts.Select(c => c is { } v ? Money(v) : "–"));
        console.WriteLine($"tiers by CLV, cuts {cuts}" + (inputs.PreviousPlanId is { } p
            ? $"; against {p}: {inputs.TierChanges:N0} customers changed tier, {inputs.HeldByHysteresis:N0} held by hysteresis"
            : "; no previous plan, so no hysteresis"));
        if (inputs.BumpedSegments.Count > 0) console.WriteLine($"planned one tier up after flags: {string.Join(", ", inputs.BumpedSegments)}");
        var st = inputs.Staff;
        console.WriteLine(st.CustomersNeedingManager == 0
            ? $"account managers: none needed ({st.Managers} available)"
            : $"account managers: {st.CustomersNeedingManager:N0} customers with visits or trips over {st.Managers} managers; {st.Unassigned:N0} unassigned, {st.Kept:N0} relationships kept, {st.Moved:N0} moved");
    }

    /// <summary>The demo's few lines: what the plan is, by tier, and what it is expected to return.</summary>
    public static void Short(IAnsiConsole console, PlanOutcome outcome, double budgetShare, double staffShare)
    {
        var s = outcome.Inputs.Solver;
        console.MarkupLine($"[bold]plan {Markup.Escape(outcome.Plan.PlanId)}[/] for {outcome.Period.Label}: budget {Money(outcome.Inputs.Budget)} " +
            $"({budgetShare:P1} of the last twelve months' revenue), {Hours(outcome.Inputs.StaffHours)} staff hours ({staffShare:P0} of the account managers' capacity over the quarter)");
        console.Write(TotalsTable("tier", outcome.Summary.ByTier, outcome.Summary.Total));
        console.WriteLine($"expected net value {Money(s.Objective)}; one more 1,000 of budget adds {Money(1000 * s.BudgetPrice)}, one more staff hour {Money(s.StaffHourPrice)}; " +
            $"binding: {(s.Binding.Count == 0 ? "none" : string.Join(", ", s.Binding))}. The effects are stated assumptions until plans are evaluated (docs/allocation-loop.md).");
    }

    public static void List(IAnsiConsole console, IReadOnlyList<StoredPlan> plans)
    {
        if (plans.Count == 0)
        {
            console.WriteLine("no plans yet; make one with 'clientele allocate --db … --budget B --staff-hours H'");
            return;
        }

        var table = new Table().AddColumn("plan").AddColumn("period").AddColumn("status").AddColumn(Right("customers")).AddColumn(Right("budget"))
            .AddColumn(Right("objective")).AddColumn("created").AddColumn("proposed from");
        foreach (var p in plans)
        {
            var inputs = PlanInputs.Parse(p.Inputs, p.PlanId);
            table.AddRow(Markup.Escape(p.PlanId), new PlanPeriod(p.PeriodStart, p.PeriodEnd).Label, EnumText.ToText(p.Status), p.Items.ToString("N0", CultureInfo.InvariantCulture),
                Money(inputs.Budget), Money(inputs.Solver.Objective), p.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Markup.Escape(p.ProposedFrom ?? ""));
        }

        console.Write(table);
    }

    public static void Comparison(IAnsiConsole console, PlanComparison c)
    {
        console.MarkupLine($"[bold]{Markup.Escape(c.A.PlanId)}[/] ({new PlanPeriod(c.A.PeriodStart, c.A.PeriodEnd).Label}) → [bold]{Markup.Escape(c.B.PlanId)}[/] ({new PlanPeriod(c.B.PeriodStart, c.B.PeriodEnd).Label})");
        console.Write(ComparisonTable("tier", c.ByTier, c.Total));
        console.Write(ComparisonTable("option", c.ByOption, c.Total));
        console.WriteLine($"customers: {c.SameOption:N0} keep their option, {c.OptionMoves.Sum(m => m.Customers):N0} change option, {c.OnlyInA:N0} only in {c.A.PlanId}, {c.OnlyInB:N0} only in {c.B.PlanId}");
        if (c.TierMoves.Count > 0) console.WriteLine("tier moves: " + string.Join(", ", c.TierMoves.Select(m => $"{m.From} → {m.To} {m.Customers:N0}")));
        if (c.OptionMoves.Count > 0) console.WriteLine("option moves: " + string.Join(", ", c.OptionMoves.Take(12).Select(m => $"{m.From} → {m.To} {m.Customers:N0}")) + (c.OptionMoves.Count > 12 ? ", …" : ""));
    }

    public static void Evaluation(IAnsiConsole console, PlanEvaluation e)
    {
        console.MarkupLine($"evaluation [bold]{Markup.Escape(e.EvaluationId)}[/] of plan {Markup.Escape(e.Plan.PlanId)} ({new PlanPeriod(e.Plan.PeriodStart, e.Plan.PeriodEnd).Label}): " +
            $"actuals from {e.Window.Start:yyyy-MM-dd} to {e.Window.End:yyyy-MM-dd}, spend booked up to {e.AsOf:yyyy-MM-dd}");
        console.Write(EvaluationTable("tier", e.ByTier, e.Total));
        console.Write(EvaluationTable("option", e.ByOption, e.Total));
        console.WriteLine("gains are margin in the window against the model's no-action baseline; the 'none' row is the baseline's own error on customers left alone");
        if (e.UnvaluedItems > 0) console.WriteLine($"{e.UnvaluedItems:N0} items left out of the value columns: the snapshot has no expected spend for their customers");
        if (e.UnmatchedSpend.Entries > 0) console.WriteLine($"{e.UnmatchedSpend.Entries:N0} ledger entries ({Money((double)e.UnmatchedSpend.Amount)}) name an item of {e.Plan.PlanId} that does not exist");
        var effects = new Table().AddColumn("option").AddColumn(Right("items")).AddColumn(Right("assumed ρ / σ")).AddColumn(Right("factor")).AddColumn(Right("recalibrated ρ / σ")).AddColumn("why");
        foreach (var (id, o) in e.Recalibration.Options.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            effects.AddRow(Markup.Escape(id), o.Count.ToString("N0", CultureInfo.InvariantCulture), $"{o.Assumed.Retention:0.###} / {o.Assumed.Spend:0.###}",
                o.Factor.ToString("0.###", CultureInfo.InvariantCulture), $"{o.Recalibrated.Retention:0.###} / {o.Recalibrated.Spend:0.###}", Markup.Escape(o.Reason));
        }

        console.Write(effects);
        if (e.Flags.Count == 0)
        {
            console.WriteLine($"flags: none (complaints up ≥ {PlanEvaluator.ComplaintRiseMinimum} and ×{PlanEvaluator.ComplaintRiseFactor}, or satisfaction down ≥ {PlanEvaluator.SatisfactionDrop:P0} with ≥ {PlanEvaluator.MinimumAnswers} answers, against the preceding window)");
        }
        else
        {
            foreach (var f in e.Flags) console.WriteLine($"flag: segment {f.Segment} ({f.Customers:N0} customers): {f.Reason}");
        }
    }

    private static Table TotalsTable(string by, IReadOnlyList<PlanTotals> rows, PlanTotals total)
    {
        var table = new Table().AddColumn(by).AddColumn(Right("customers")).AddColumn(Right("cost")).AddColumn(Right("hours"))
            .AddColumn(Right("expected value")).AddColumn(Right("expected net")).AddColumn(Right("expected ROI"));
        foreach (var r in rows.Append(total))
        {
            table.AddRow(Markup.Escape(r.Key), r.Customers.ToString("N0", CultureInfo.InvariantCulture), Money(r.Cost), Hours(r.Hours), Money(r.ExpectedValue), Money(r.Net), Percent(r.ExpectedRoi));
        }

        return table;
    }

    private static Table ComparisonTable(string by, IReadOnlyList<PlanComparisonRow> rows, PlanComparisonRow total)
    {
        var table = new Table().AddColumn(by).AddColumn(Right("customers A → B")).AddColumn(Right("cost A → B")).AddColumn(Right("hours A → B"))
            .AddColumn(Right("expected value A → B")).AddColumn(Right("Δ expected value"));
        foreach (var r in rows.Append(total))
        {
            table.AddRow(Markup.Escape(r.Key), $"{r.A?.Customers ?? 0:N0} → {r.B?.Customers ?? 0:N0}", $"{Money(r.A?.Cost ?? 0)} → {Money(r.B?.Cost ?? 0)}",
                $"{Hours(r.A?.Hours ?? 0)} → {Hours(r.B?.Hours ?? 0)}", $"{Money(r.A?.ExpectedValue ?? 0)} → {Money(r.B?.ExpectedValue ?? 0)}",
                Money((r.B?.ExpectedValue ?? 0) - (r.A?.ExpectedValue ?? 0)));
        }

        return table;
    }

    private static Table EvaluationTable(string by, IReadOnlyList<EvaluationTotals> rows, EvaluationTotals total)
    {
        var table = new Table().AddColumn(by).AddColumn(Right("customers")).AddColumn(Right("planned")).AddColumn(Right("actual")).AddColumn(Right("variance"))
            .AddColumn(Right("expected gain")).AddColumn(Right("realized gain")).AddColumn(Right("expected ROI")).AddColumn(Right("realized ROI"));
        foreach (var r in rows.Append(total))
        {
            table.AddRow(Markup.Escape(r.Key), r.Customers.ToString("N0", CultureInfo.InvariantCulture), Money(r.PlannedCost), Money(r.ActualSpend), Money(r.Variance),
                Money(r.ExpectedGain), Money(r.RealizedGain), Percent(r.ExpectedRoi), Percent(r.RealizedRoi));
        }

        return table;
    }

    private static TableColumn Right(string name) => new TableColumn(name).RightAligned();

    public static string Money(double x) => x.ToString("N0", CultureInfo.InvariantCulture);

    private static string Hours(double x) => x.ToString("N1", CultureInfo.InvariantCulture);

    private static string Percent(double? x) => x is { } v && double.IsFinite(v) ? v.ToString("P1", CultureInfo.InvariantCulture) : "–";
}
