// Allocation: run a plan with a budget and staff hours, see it by tier and option, compare plans, plan vs actual
// (/api/plans). A server without the plan endpoints answers 404; the page then says so instead of pretending.
import { api, ApiError, query } from "/app/api.js";
import { renderBarChart, renderPlanChart } from "/lib/charts/bars.js";
import { renderTable } from "/lib/tables.js";
import { el, grid, card, empty, failed, drawn, reset, field, input, button, select } from "/app/ui.js";

export async function allocationPage(main, ctx) {
  const { t } = ctx;
  main.appendChild(el("h1", null, t("nav.allocation")));
  const form = el("form", "filters");
  form.id = "plan-form";
  const budget = input("number", { min: "0", step: "any", required: "required", id: "plan-budget", value: "200000" });
  const hours = input("number", { min: "0", step: "any", required: "required", id: "plan-hours", value: "800" });
  const run = button(t("dash.runPlan"), { kind: "submit", className: "primary" });
  run.id = "run-plan";
  form.append(field(t("dash.budget"), budget), field(t("dash.staffHours"), hours), run);
  main.appendChild(form);
  const notice = el("p", "notice");
  notice.id = "plan-notice";
  notice.setAttribute("role", "status");
  main.appendChild(notice);
  const g = grid(main);
  const plans = card(g, t("dash.plans"), { wide: true, id: "plans-card" });
  const byTier = card(g, t("dash.planCostByTier"));
  const byOption = card(g, t("dash.planCostByOption"));
  const compare = card(g, t("dash.comparePlans"), { wide: true, id: "compare-card" });
  const actual = card(g, t("dash.planVsActual"), { wide: true, id: "actual-card" });
  const analyst = ctx.atLeast("analyst");

  let list;
  try {
    list = await api("/api/plans");
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      for (const body of [plans, byTier, byOption, compare, actual]) empty(body, t, "plansNotAvailable");
      notice.textContent = t("dash.plansNotAvailable");
      for (const control of [budget, hours, run]) control.disabled = true;
      return;
    }
    for (const body of [plans, byTier, byOption, compare, actual]) failed(body, t, e);
    return;
  }
  if (!ctx.current()) return;
  if (!analyst) { for (const control of [budget, hours, run]) control.disabled = true; notice.textContent = t("dash.analystsPlan"); }

  const showPlan = (plan) => {
    reset(byTier);
    reset(byOption);
    const tiers = plan.byTier ?? [];
    const options = (plan.byOption ?? []).filter((x) => x.customers > 0);
    if (tiers.length === 0) { empty(byTier, t, "emptyPlan"); empty(byOption, t, "emptyPlan"); return; }
    renderBarChart(byTier, tiers.map((x) => t.label("tier", x.key)), [
      { name: t("column.cost"), values: tiers.map((x) => x.cost), format: "currency" },
      { name: t("column.expectedValue"), values: tiers.map((x) => x.expectedValue), format: "currency" },
    ], { fmt: ctx.fmt, axes: [{ format: "currency" }] });
    drawn(byTier);
    renderBarChart(byOption, options.map((x) => t.label("option", x.key)), [
      { name: t("column.cost"), values: options.map((x) => x.cost), format: "currency" },
      { name: t("column.customers"), values: options.map((x) => x.customers), format: "integer", axis: 1 },
    ], { fmt: ctx.fmt, horizontal: true, axes: [{ format: "currency" }, { format: "integer" }] });
    drawn(byOption);
  };

  const refresh = async (latest) => {
    list = await api("/api/plans");
    renderPlans(plans, list, ctx, compare, actual, analyst);
    if (latest) showPlan(latest);
  };
  renderPlans(plans, list, ctx, compare, actual, analyst);
  // The latest plan by tier and option, from the report data (its cells carry tier × option).
  try {
    const p = (await ctx.reportData()).plan;
    if (!ctx.current()) return;
    if (p.empty) { empty(byTier, t, p.empty); empty(byOption, t, p.empty); }
    else {
      renderPlanChart(byTier, p.cells, ctx); drawn(byTier);
      const options = [...new Set(p.cells.map((c) => c.option))];
      renderBarChart(byOption, options.map((o) => t.label("option", o)), [
        { name: t("column.cost"), values: options.map((o) => p.cells.filter((c) => c.option === o).reduce((s, c) => s + c.cost, 0)), format: "currency" },
      ], { fmt: ctx.fmt, horizontal: true, axes: [{ format: "currency" }] });
      drawn(byOption);
    }
  } catch (e) {
    failed(byTier, t, e); failed(byOption, t, e);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    run.disabled = true;
    notice.textContent = t("dash.running");
    try {
      const plan = await api("/api/plans", { method: "POST", body: { budget: Number(budget.value), staffHours: Number(hours.value) } });
      notice.textContent = t("dash.planMade", { id: plan.id, cost: ctx.fmt.currencyValue(plan.total.cost), hours: ctx.fmt.number(plan.total.hours), value: ctx.fmt.currencyValue(plan.total.expectedValue) });
      await refresh(plan);
      ctx.reportData(true).catch(() => {});
    } catch (e) {
      notice.textContent = `${t("dash.error")}: ${e.message}`;
    } finally {
      run.disabled = false;
    }
  });
}

function renderPlans(body, list, ctx, compareBody, actualBody, analyst) {
  const { t, fmt } = ctx;
  if (list.length === 0) {
    empty(body, t, "noPlan");
    empty(compareBody, t, "noPlan");
    empty(actualBody, t, "noPlan");
    return;
  }
  reset(body);
  renderTable(body, [
    { key: "id", label: "ID" },
    { key: "period", label: t("report.period"), render: (x) => `${fmt.date(x.periodStart)} – ${fmt.date(x.periodEnd)}` },
    { key: "status", label: t("dash.status"), render: (x) => t.label("planStatus", x.status) },
    { key: "customers", label: t("column.customers"), format: "integer" },
    { key: "createdAt", label: t("dash.createdAt"), render: (x) => fmt.dateTime(x.createdAt) },
  ], [...list].reverse(), { fmt });
  drawn(body);

  // Compare two plans.
  const ids = [...list].reverse().map((p) => [p.id, p.id]);
  const a = select(ids, ids[1]?.[0] ?? ids[0][0]); a.id = "compare-a";
  const b = select(ids, ids[0][0]); b.id = "compare-b";
  const go = button(t("dash.compare"), { className: "primary" }); go.id = "compare-go";
  const out = el("div", "compare-out");
  reset(compareBody);
  const controls = el("div", "inline-form");
  controls.append(field("A", a), field("B", b), go);
  compareBody.replaceChildren(controls, out);
  drawn(compareBody);
  go.addEventListener("click", async () => {
    out.replaceChildren(el("p", "loading", "…"));
    try {
      const c = await api(`/api/plans/compare${query({ a: a.value, b: b.value })}`);
      const rows = c.byTier.map((r) => ({ key: r.key, a: r.a?.cost ?? null, b: r.b?.cost ?? null, change: r.costChange, valueChange: r.expectedValueChange }));
      const chart = el("div");
      out.replaceChildren(chart);
      renderBarChart(chart, rows.map((r) => t.label("tier", r.key)), [
        { name: `A ${c.a.id}`, values: rows.map((r) => r.a), format: "currency" },
        { name: `B ${c.b.id}`, values: rows.map((r) => r.b), format: "currency" },
      ], { fmt, axes: [{ format: "currency" }] });
      const table = el("div");
      out.appendChild(table);
      renderTable(table, [
        { key: "key", label: t("column.tier"), render: (r) => t.label("tier", r.key) },
        { key: "a", label: `${t("column.cost")} A`, format: "currency" },
        { key: "b", label: `${t("column.cost")} B`, format: "currency" },
        { key: "change", label: t("dash.costChange"), format: "currency" },
        { key: "valueChange", label: t("dash.valueChange"), format: "currency" },
      ], rows, { fmt });
      out.appendChild(el("p", "note", t("dash.moves", { tier: fmt.integer(c.tierMoves.reduce((s, m) => s + m.customers, 0)), option: fmt.integer(c.optionMoves.reduce((s, m) => s + m.customers, 0)), same: fmt.integer(c.sameOption) })));
    } catch (e) {
      out.replaceChildren(el("p", "error-message", `${t("dash.error")}: ${e.message}`));
    }
  });

  // Plan vs actual: evaluate one plan.
  const which = select(ids, ids[0][0]); which.id = "evaluate-plan";
  const evaluate = button(t("dash.evaluate"), { className: "primary" }); evaluate.id = "evaluate-go";
  evaluate.disabled = !analyst;
  const result = el("div", "evaluate-out");
  reset(actualBody);
  const controls2 = el("div", "inline-form");
  controls2.append(field(t("dash.plan"), which), evaluate);
  actualBody.replaceChildren(controls2, result, el("p", "note", t("dash.evaluateNote")));
  drawn(actualBody);
  evaluate.addEventListener("click", async () => {
    result.replaceChildren(el("p", "loading", "…"));
    try {
      const e = await api(`/api/plans/${encodeURIComponent(which.value)}/evaluate`, { method: "POST" });
      const chart = el("div");
      result.replaceChildren(chart, el("p", "note", t("dash.window", { from: fmt.date(e.windowStart), to: fmt.date(e.windowEnd) })));
      renderBarChart(chart, e.byTier.map((r) => t.label("tier", r.key)), [
        { name: t("dash.plannedCost"), values: e.byTier.map((r) => r.plannedCost), format: "currency" },
        { name: t("dash.actualSpend"), values: e.byTier.map((r) => r.actualSpend), format: "currency" },
        { name: t("dash.expectedGain"), values: e.byTier.map((r) => r.expectedGain), format: "currency" },
        { name: t("dash.realizedGain"), values: e.byTier.map((r) => r.realizedGain), format: "currency" },
      ], { fmt, axes: [{ format: "currency" }] });
      const table = el("div");
      result.appendChild(table);
      renderTable(table, [
        { key: "key", label: t("column.tier"), render: (r) => t.label("tier", r.key) },
        { key: "customers", label: t("column.customers"), format: "integer" },
        { key: "plannedCost", label: t("dash.plannedCost"), format: "currency" },
        { key: "actualSpend", label: t("dash.actualSpend"), format: "currency" },
        { key: "expectedGain", label: t("dash.expectedGain"), format: "currency" },
        { key: "realizedGain", label: t("dash.realizedGain"), format: "currency" },
      ], [...e.byTier, e.total], { fmt });
    } catch (err) {
      result.replaceChildren(el("p", "error-message", `${t("dash.error")}: ${err.message}`));
    }
  });
}
