// Economics: cost by category and lifecycle stage, ROI by category / stage / tier, CAC by channel (GET /api/economics).
import { renderKpiTiles } from "/lib/charts/kpiTiles.js";
import { renderPie } from "/lib/charts/pie.js";
import { renderBarChart, renderSignedBars } from "/lib/charts/bars.js";
import { el, grid, card, empty, failed, drawn } from "/app/ui.js";
import { metrics, tile, entries } from "/app/metrics.js";

export async function economicsPage(main, ctx) {
  const { t, fmt } = ctx;
  main.appendChild(el("h1", null, t("nav.economics")));
  const facts = el("p", "page-facts");
  main.appendChild(facts);
  const g = grid(main);
  const tiles = card(g, t("chart.economicsKpis"), { wide: true });
  const byCategory = card(g, t("chart.costByCategory"));
  const byStage = card(g, t("chart.costByStage"));
  const roiCategory = card(g, t("chart.roiByCategory"), { note: t("note.roi") });
  const roiStage = card(g, t("chart.roiByStage"));
  const roiTier = card(g, t("chart.roiByTier"));
  const cac = card(g, t("chart.cacByChannel"), { note: t("note.cac") });
  const all = [tiles, byCategory, byStage, roiCategory, roiStage, roiTier, cac];
  let answer;
  try {
    answer = await metrics("economics");
  } catch (error) {
    for (const body of all) failed(body, t, error);
    return;
  }
  if (!ctx.current()) return;
  if (!answer) { for (const body of all) empty(body, t, "noTransactions"); return; }
  const e = answer.all;
  facts.textContent = `${t("report.period")}: ${fmt.date(answer.period.from)} – ${fmt.date(answer.period.to)}`;
  if (e.investment === 0) { for (const body of all) empty(body, t, "noInvestments"); return; }
  drawn(renderKpiTiles(tiles, [
    tile("investment", e.investment, "currency"), tile("roi", e.roi, "percentPoints"), tile("incrementalRoi", e.incrementalRoiBaseline, "percentPoints"),
    tile("cac", e.cac, "currency"), tile("newCustomers", e.newCustomers, "integer"), tile("paybackMonths", e.paybackMonths, "number"), tile("profit", e.profit, "currency"),
  ], ctx));
  const parts = (d) => Object.entries(d).map(([key, value]) => ({ key, value }));
  renderPie(byCategory, parts(e.costByCategory), { ...ctx, prefix: "category" }); drawn(byCategory);
  renderPie(byStage, parts(e.costByStage), { ...ctx, prefix: "stage" }); drawn(byStage);
  const signed = (body, list, prefix) => {
    if (!list.some((x) => x.value !== null)) return empty(body, t, "noRoi");
    renderSignedBars(body, list, { ...ctx, prefix, name: t("kpi.roi") });
    return drawn(body);
  };
  signed(roiCategory, entries(e.roiByCategory), "category");
  signed(roiStage, entries(e.roiByStage), "stage");
  signed(roiTier, entries(e.roiByTier), "tier");
  const channels = entries(e.cacByChannel).filter((x) => x.value !== null);
  if (channels.length === 0) empty(cac, t, "noCac");
  else {
    renderBarChart(cac, channels.map((x) => t.label("channel", x.key)), [{ name: t("kpi.cac"), values: channels.map((x) => x.value), format: "currency" }], { ...ctx, axes: [{ format: "currency" }] });
    drawn(cac);
  }
}
