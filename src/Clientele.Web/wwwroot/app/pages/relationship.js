// Relationship: NPS and satisfaction trends, complaints, cohort retention (GET /api/kpi and /api/kpi?by=month).
import { renderKpiTiles } from "/lib/charts/kpiTiles.js";
import { renderTrendChart, renderNpsSatisfactionChart } from "/lib/charts/trends.js";
import { renderCohortHeatMap } from "/lib/charts/heatmaps.js";
import { el, grid, card, empty, failed, drawn } from "/app/ui.js";
import { metrics, tile, monthly } from "/app/metrics.js";

export async function relationshipPage(main, ctx) {
  const { t, fmt } = ctx;
  main.appendChild(el("h1", null, t("nav.relationship")));
  const facts = el("p", "page-facts");
  main.appendChild(facts);
  const g = grid(main);
  const tiles = card(g, t("chart.relationshipKpis"), { wide: true });
  const nps = card(g, t("chart.npsTrend"), { note: t("note.nps") });
  const complaints = card(g, t("chart.complaintTrend"));
  const cohorts = card(g, t("chart.cohorts"), { wide: true, note: t("note.cohorts") });
  const all = [tiles, nps, complaints, cohorts];
  let kpi, months;
  try {
    [kpi, months] = await Promise.all([metrics("kpi"), metrics("kpi", "month")]);
  } catch (error) {
    for (const body of all) failed(body, t, error);
    return;
  }
  if (!ctx.current()) return;
  if (!kpi) { for (const body of all) empty(body, t, "noTransactions"); return; }
  const k = kpi.all;
  facts.textContent = `${t("report.period")}: ${fmt.date(kpi.period.from)} – ${fmt.date(kpi.period.to)}`;
  drawn(renderKpiTiles(tiles, [
    tile("nps", k.nps, "number"), tile("csat", k.csat, "number"), tile("complaintRate", k.complaintRate, "number"),
    tile("repeatPurchaseRate", k.repeatPurchaseRate, "percent"), tile("retentionRate", k.retentionRate, "percent"), tile("churnRate", k.churnRate, "percent"),
    tile("conversionRate", k.conversionRate, "percent"), tile("salesCycleDays", k.salesCycleDays, "number"),
  ], ctx));
  const m = monthly(months);
  const npsValues = m.series("nps");
  const csatValues = m.series("csat");
  if (npsValues.every((v) => v === null) && csatValues.every((v) => v === null)) empty(nps, t, "noSurveys");
  else { renderNpsSatisfactionChart(nps, m.periods, npsValues, csatValues, m.csatScale, ctx); drawn(nps); }
  const complaintValues = m.series("complaintRate");
  if (complaintValues.every((v) => v === null || v === 0)) empty(complaints, t, "noComplaints");
  else {
    renderTrendChart(complaints, m.periods, [{ name: t("kpi.complaintRate"), values: complaintValues, format: "number", axis: 0 }], { ...ctx, axes: [{ format: "number" }] });
    drawn(complaints);
  }
  if (!k.cohorts?.length) empty(cohorts, t, "noCohorts"); else { renderCohortHeatMap(cohorts, k.cohorts, ctx); drawn(cohorts); }
}
