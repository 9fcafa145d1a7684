// Overview: KPI tiles, the revenue Pareto curve, the CLV distribution and monthly trends (the report's overview data).
import { renderKpiTiles } from "/lib/charts/kpiTiles.js";
import { renderParetoChart } from "/lib/charts/pareto.js";
import { renderHistogram } from "/lib/charts/distribution.js";
import { renderTrendChart } from "/lib/charts/trends.js";
import { el, grid, card, empty, failed, drawn } from "/app/ui.js";
import { metrics, tile, monthly } from "/app/metrics.js";

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
  let data, kpi, months;
  try {
    [data, kpi, months] = await Promise.all([ctx.reportData(), metrics("kpi"), metrics("kpi", "month")]);
  } catch (e) {
    for (const body of [tiles, pareto, clv, trends]) failed(body, t, e);
    return;
  }
  if (!ctx.current()) return;
  facts.textContent = [
    kpi ? `${t("report.period")}: ${fmt.date(kpi.period.from)} – ${fmt.date(kpi.period.to)}` : null,
    data.snapshot ? `${t("report.snapshot")}: ${t("report.snapshotText", { asOf: fmt.date(data.snapshot.asOf), customers: fmt.integer(data.snapshot.customers) })}` : null,
  ].filter(Boolean).join(" · ");
  const o = data.overview;
  // The snapshot's tiles (customers, CLV, P(alive)) and the period's KPIs (docs/metrics.md).
  const k = kpi?.all;
  const kpiTiles = k ? [
    tile("revenue", k.revenue, "currency"), tile("activeCustomers", k.activeCustomers, "integer"), tile("orders", k.orders, "integer"),
    tile("averageOrderValue", k.averageOrderValue, "currency"), tile("repeatPurchaseRate", k.repeatPurchaseRate, "percent"),
    tile("churnRate", k.churnRate, "percent"), tile("top20Share", k.top20Share, "percent"), tile("nps", k.nps, "number"),
  ] : [];
  const allTiles = [...o.tiles, ...kpiTiles.filter((x) => !o.tiles.some((y) => y.key === x.key))];
  if (allTiles.length === 0) empty(tiles, t, data.snapshot ? "noTransactions" : "noSnapshot"); else drawn(renderKpiTiles(tiles, allTiles, ctx));
  const curve = o.pareto.length ? o.pareto : k?.paretoCurve ?? [];
  if (curve.length === 0) empty(pareto, t, o.paretoEmpty ?? "noTransactions"); else { renderParetoChart(pareto, curve, ctx); drawn(pareto); }
  if (o.clvHistogram.length === 0) empty(clv, t, o.clvEmpty ?? "noSnapshot"); else { renderHistogram(clv, o.clvHistogram, ctx); drawn(clv); }
  const m = o.trends ? null : monthly(months);
  if (!o.trends && (!m || m.periods.length === 0)) empty(trends, t, o.trendsEmpty ?? "noTransactions");
  else {
    const periods = o.trends ? o.trends.periods : m.periods;
    const series = (key) => (o.trends ? o.trends[key] : m.series(key));
    renderTrendChart(trends, periods, [
      { name: t("chart.revenue"), values: series("revenue"), format: "currency", axis: 0 },
      { name: t("kpi.activeCustomers"), values: series("activeCustomers"), format: "integer", axis: 1 },
      { name: t("kpi.orders"), values: series("orders"), format: "integer", axis: 1 },
    ], ctx);
    drawn(trends);
  }
}
