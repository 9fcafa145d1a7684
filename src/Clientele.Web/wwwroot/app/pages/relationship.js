// Relationship: NPS and satisfaction trends, complaints, cohort retention (the report data's relationship section).
import { renderKpiTiles } from "/lib/charts/kpiTiles.js";
import { renderTrendChart, renderNpsSatisfactionChart } from "/lib/charts/trends.js";
import { renderCohortHeatMap } from "/lib/charts/heatmaps.js";
import { el, grid, card, empty, failed, drawn } from "/app/ui.js";

export async function relationshipPage(main, ctx) {
  const { t } = ctx;
  main.appendChild(el("h1", null, t("nav.relationship")));
  const g = grid(main);
  const tiles = card(g, t("chart.relationshipKpis"), { wide: true });
  const nps = card(g, t("chart.npsTrend"), { note: t("note.nps") });
  const complaints = card(g, t("chart.complaintTrend"));
  const cohorts = card(g, t("chart.cohorts"), { wide: true, note: t("note.cohorts") });
  const all = [tiles, nps, complaints, cohorts];
  let data;
  try {
    data = await ctx.reportData();
  } catch (error) {
    for (const body of all) failed(body, t, error);
    return;
  }
  if (!ctx.current()) return;
  const r = data.relationship;
  if (r === undefined) { for (const body of all) empty(body, t, "relationshipNotAvailable"); return; }
  if (!r || r.empty) { for (const body of all) empty(body, t, r?.empty ?? "noTransactions"); return; }
  drawn(renderKpiTiles(tiles, r.tiles, ctx));
  const trends = data.overview.trends;
  if (!trends || r.surveysEmpty) empty(nps, t, r.surveysEmpty ?? "noSurveys");
  else { renderNpsSatisfactionChart(nps, trends.periods, trends.nps, trends.csat, trends.csatScale, ctx); drawn(nps); }
  if (!trends || trends.complaintRate.every((v) => v === null)) empty(complaints, t, "noComplaints");
  else {
    renderTrendChart(complaints, trends.periods, [{ name: t("kpi.complaintRate"), values: trends.complaintRate, format: "number", axis: 0 }], { ...ctx, axes: [{ format: "number" }] });
    drawn(complaints);
  }
  if (r.cohorts.length === 0) empty(cohorts, t, r.cohortsEmpty ?? "noCohorts"); else { renderCohortHeatMap(cohorts, r.cohorts, ctx); drawn(cohorts); }
}
