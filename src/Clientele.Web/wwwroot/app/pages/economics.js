// Economics: cost by category and lifecycle stage, ROI by category / stage / tier, CAC by channel.
// Drawn from the report data's economics section (the KPI and economics measures of docs/metrics.md); a server whose
// report data has no such section yet says so instead of drawing anything.
import { renderKpiTiles } from "/lib/charts/kpiTiles.js";
import { renderPie } from "/lib/charts/pie.js";
import { renderBarChart, renderSignedBars } from "/lib/charts/bars.js";
import { el, grid, card, empty, failed, drawn } from "/app/ui.js";

export async function economicsPage(main, ctx) {
  const { t } = ctx;
  main.appendChild(el("h1", null, t("nav.economics")));
  const g = grid(main);
  const tiles = card(g, t("chart.economicsKpis"), { wide: true });
  const byCategory = card(g, t("chart.costByCategory"));
  const byStage = card(g, t("chart.costByStage"));
  const roiCategory = card(g, t("chart.roiByCategory"), { note: t("note.roi") });
  const roiStage = card(g, t("chart.roiByStage"));
  const roiTier = card(g, t("chart.roiByTier"));
  const cac = card(g, t("chart.cacByChannel"), { note: t("note.cac") });
  const all = [tiles, byCategory, byStage, roiCategory, roiStage, roiTier, cac];
  let e;
  try {
    e = (await ctx.reportData()).economics;
  } catch (error) {
    for (const body of all) failed(body, t, error);
    return;
  }
  if (!ctx.current()) return;
  if (e === undefined) { for (const body of all) empty(body, t, "economicsNotAvailable"); return; }
  if (!e || e.empty) { for (const body of all) empty(body, t, e?.empty ?? "noInvestments"); return; }
  drawn(renderKpiTiles(tiles, e.tiles, ctx));
  renderPie(byCategory, e.costByCategory, { ...ctx, prefix: "category" }); drawn(byCategory);
  renderPie(byStage, e.costByStage, { ...ctx, prefix: "stage" }); drawn(byStage);
  const signed = (body, entries, prefix) => {
    if (!entries.some((x) => x.value !== null)) return empty(body, t, "noRoi");
    renderSignedBars(body, entries, { ...ctx, prefix, name: t("kpi.roi") });
    return drawn(body);
  };
  signed(roiCategory, e.roiByCategory, "category");
  signed(roiStage, e.roiByStage, "stage");
  signed(roiTier, e.roiByTier, "tier");
  const channels = e.cacByChannel.filter((x) => x.value !== null);
  if (channels.length === 0) empty(cac, t, "noCac");
  else {
    renderBarChart(cac, channels.map((x) => t.label("channel", x.key)), [{ name: t("kpi.cac"), values: channels.map((x) => x.value), format: "currency" }], { ...ctx, axes: [{ format: "currency" }] });
    drawn(cac);
  }
}
