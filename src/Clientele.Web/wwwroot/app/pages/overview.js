// Overview: KPI tiles, the revenue Pareto curve, the CLV distribution and monthly trends (the report's overview data).
import { renderKpiTiles } from "/lib/charts/kpiTiles.js";
import { renderParetoChart } from "/lib/charts/pareto.js";
import { renderHistogram } from "/lib/charts/distribution.js";
import { renderTrendChart } from "/lib/charts/trends.js";
import { el, grid, card, empty, failed, drawn } from "/app/ui.js";

export async function overviewPage(main, ctx) {
  const { t, fmt } = ctx;
  main.appendChild(el("h1", null, t("nav.overview")));
  const facts = el("p", "page-facts");
  main.appendChild(facts);
  const g = grid(main);
  const tiles = card(g, t("chart.kpis"), { wide: true });
  const pareto = card(g, t("chart.pareto"), { note: t("note.pareto") });
  const clv = card(g, t("chart.clvDistribution"), { note: t("note.clvDistribution") });
  const trends = card(g, t("chart.trends"), { wide: true });
  let data;
  try {
    data = await ctx.reportData();
  } catch (e) {
    for (const body of [tiles, pareto, clv, trends]) failed(body, t, e);
    return;
  }
  if (!ctx.current()) return;
  facts.textContent = [
    data.period ? `${t("report.period")}: ${fmt.date(data.period.from)} – ${fmt.date(data.period.to)}` : null,
    data.snapshot ? `${t("report.snapshot")}: ${t("report.snapshotText", { asOf: fmt.date(data.snapshot.asOf), customers: fmt.integer(data.snapshot.customers) })}` : null,
  ].filter(Boolean).join(" · ");
  const o = data.overview;
  if (o.tiles.length === 0) empty(tiles, t, data.snapshot ? "noTransactions" : "noSnapshot"); else drawn(renderKpiTiles(tiles, o.tiles, ctx));
  if (o.pareto.length === 0) empty(pareto, t, o.paretoEmpty ?? "noTransactions"); else { renderParetoChart(pareto, o.pareto, ctx); drawn(pareto); }
  if (o.clvHistogram.length === 0) empty(clv, t, o.clvEmpty ?? "noSnapshot"); else { renderHistogram(clv, o.clvHistogram, ctx); drawn(clv); }
  if (!o.trends) empty(trends, t, o.trendsEmpty ?? "noTransactions");
  else {
    renderTrendChart(trends, o.trends.periods, [
      { name: t("chart.revenue"), values: o.trends.revenue, format: "currency", axis: 0 },
      { name: t("kpi.activeCustomers"), values: o.trends.activeCustomers, format: "integer", axis: 1 },
      { name: t("kpi.orders"), values: o.trends.orders, format: "integer", axis: 1 },
    ], ctx);
    drawn(trends);
  }
}
