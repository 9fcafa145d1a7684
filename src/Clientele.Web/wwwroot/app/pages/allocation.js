// Allocation: run a plan with a budget and staff hours, see it by tier and option, compare plans, plan vs actual.
// The plan endpoints (/api/plans) come with the planning service; a server without them answers 404, and the page
// says so (and still shows the latest plan the store holds) instead of pretending.
import { api, ApiError } from "/app/api.js";
import { renderPlanChart } from "/lib/charts/bars.js";
import { renderTable } from "/lib/tables.js";
import { el, grid, card, empty, failed, drawn, field, input, button } from "/app/ui.js";

export async function allocationPage(main, ctx) {
  const { t, fmt } = ctx;
  main.appendChild(el("h1", null, t("nav.allocation")));
  const form = el("form", "filters");
  form.id = "plan-form";
  const budget = input("number", { min: "0", step: "any", required: "required", id: "plan-budget", value: "100000" });
  const hours = input("number", { min: "0", step: "any", required: "required", id: "plan-hours", value: "500" });
  const run = button(t("dash.runPlan"), { kind: "submit", className: "primary" });
  run.id = "run-plan";
  form.append(field(t("dash.budget"), budget), field(t("dash.staffHours"), hours), run);
  main.appendChild(form);
  const notice = el("p", "notice");
  notice.id = "plan-notice";
  main.appendChild(notice);
  const g = grid(main);
  const plans = card(g, t("dash.plans"), { wide: true });
  const latest = card(g, t("chart.planByTier"), { wide: true });
  const latestTable = card(g, t("chart.planTable"), { wide: true });

  let available = true;
  try {
    const list = await api("/api/plans");
    renderPlans(plans, list, ctx);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      available = false;
      empty(plans, t, "plansNotAvailable");
      notice.textContent = t("dash.plansNotAvailable");
      for (const control of [budget, hours, run]) control.disabled = true;
    } else failed(plans, t, e);
  }
  if (!ctx.atLeast("analyst")) for (const control of [budget, hours, run]) control.disabled = true;

  try {
    const p = (await ctx.reportData()).plan;
    if (!ctx.current()) return;
    if (p.empty) { empty(latest, t, p.empty); empty(latestTable, t, p.empty); }
    else {
      latest.parentElement.appendChild(el("p", "note", t("note.plan", {
        id: p.planId, from: fmt.date(p.periodStart), to: fmt.date(p.periodEnd), status: p.status, items: fmt.integer(p.items),
        cost: fmt.currencyValue(p.totalCost), hours: fmt.number(p.totalHours), value: fmt.currencyValue(p.totalExpectedValue),
      })));
      renderPlanChart(latest, p.cells, ctx); drawn(latest);
      renderTable(latestTable, [
        { key: "tier", label: t("column.tier"), render: (x) => t.label("tier", x.tier) },
        { key: "option", label: t("column.option"), render: (x) => t.label("option", x.option) },
        { key: "items", label: t("column.items"), format: "integer" },
        { key: "cost", label: t("column.cost"), format: "currency" },
        { key: "hours", label: t("column.hours"), format: "number" },
        { key: "expectedValue", label: t("column.expectedValue"), format: "currency" },
      ], p.cells, { fmt });
      drawn(latestTable);
    }
  } catch (e) {
    failed(latest, t, e); failed(latestTable, t, e);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!available) return;
    run.disabled = true;
    notice.textContent = t("dash.running");
    try {
      const plan = await api("/api/plans", { method: "POST", body: { budget: Number(budget.value), staffHours: Number(hours.value) } });
      notice.textContent = t("dash.planMade", { id: plan.planId ?? plan.id ?? "" });
      renderPlans(plans, await api("/api/plans"), ctx);
    } catch (e) {
      notice.textContent = `${t("dash.error")}: ${e.message}`;
    } finally {
      run.disabled = false;
    }
  });
}

function renderPlans(body, list, ctx) {
  const { t, fmt } = ctx;
  const items = Array.isArray(list) ? list : list.plans ?? list.items ?? [];
  if (items.length === 0) return empty(body, ctx.t, "noPlan");
  renderTable(body, [
    { key: "planId", label: "ID" },
    { key: "periodStart", label: t("dash.from"), render: (x) => fmt.date(x.periodStart) },
    { key: "periodEnd", label: t("dash.to"), render: (x) => fmt.date(x.periodEnd) },
    { key: "status", label: t("dash.status") },
    { key: "totalCost", label: t("column.cost"), format: "currency" },
    { key: "totalExpectedValue", label: t("column.expectedValue"), format: "currency" },
  ], items, { fmt });
  return drawn(body);
}
