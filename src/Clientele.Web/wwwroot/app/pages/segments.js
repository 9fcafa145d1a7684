// Segments and tiers: the R × F heat map, tier sizes and value, and the RFM segments table.
import { renderRfmHeatMap } from "/lib/charts/heatmaps.js";
import { renderTierChart } from "/lib/charts/bars.js";
import { renderTable } from "/lib/tables.js";
import { el, grid, card, empty, failed, drawn } from "/app/ui.js";

export async function segmentsPage(main, ctx) {
  const { t, fmt } = ctx;
  main.appendChild(el("h1", null, t("nav.segments")));
  const g = grid(main);
  const heat = card(g, t("chart.rfmHeatMap"), { note: t("note.rfmHeatMap") });
  const tiers = card(g, t("chart.tiers"), { note: t("note.tiers") });
  const table = card(g, t("chart.segmentTable"), { wide: true });
  let s;
  try {
    s = (await ctx.reportData()).segments;
  } catch (e) {
    for (const body of [heat, tiers, table]) failed(body, t, e);
    return;
  }
  if (!ctx.current()) return;
  if (s.empty) { for (const body of [heat, tiers, table]) empty(body, t, s.empty); return; }
  renderRfmHeatMap(heat, s.rfmCells, ctx); drawn(heat);
  renderTierChart(tiers, s.tiers, ctx); drawn(tiers);
  renderTable(table, [
    { key: "name", label: t("column.segment"), render: (r) => segmentLink(t, r.name) },
    { key: "customers", label: t("column.customers"), format: "integer" },
    { key: "share", label: t("column.share"), format: "percent" },
    { key: "revenue", label: t("column.revenue"), format: "currency" },
    { key: "clv", label: t("column.totalClv"), format: "currency" },
    { key: "meanPAlive", label: t("column.meanPAlive"), format: "percent" },
  ], s.segments, { fmt });
  drawn(table);
}

function segmentLink(t, name) {
  const a = el("a", null, t.label("segment", name));
  a.href = `#/customers/segment=${encodeURIComponent(name)}`;
  return a;
}
