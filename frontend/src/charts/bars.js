import { mountChart, categoryAxis, palette } from "clientele/charts/core.js";

const axisFormatter = (fmt, format) => (v) =>
  format === "currency" ? fmt.currencyShort(v) : format === "percent" ? fmt.percent(v) : format === "percentPoints" ? fmt.percentPoints(v) : fmt.compact(v);

/**
 * A general bar chart: categories along one axis, series = [{ name, values, format, axis, stack }]. With horizontal the
 * categories run down the y axis (rankings); axes = [{ format, name }] for up to two value axes.
 */
export function renderBarChart(container, categories, series, { fmt, horizontal = false, axes = [{ format: series[0]?.format ?? "number" }], height } = {}) {
  const valueAxes = axes.map((a, i) => ({ type: "value", name: a.name, splitLine: { show: i === 0 }, axisLabel: { formatter: axisFormatter(fmt, a.format) } }));
  const categoryAxisOption = categoryAxis(categories, horizontal ? { inverse: true } : { axisLabel: { rotate: categories.length > 6 ? 30 : 0 } });
  return mountChart(container, {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: horizontal ? 140 : 64, right: axes.length > 1 ? 64 : 24, top: series.length > 1 ? 40 : 20, bottom: horizontal ? 32 : 64 },
    xAxis: horizontal ? valueAxes : categoryAxisOption,
    yAxis: horizontal ? categoryAxisOption : valueAxes,
    series: series.map((s) => ({
      name: s.name, type: "bar", stack: s.stack, data: s.values, [horizontal ? "xAxisIndex" : "yAxisIndex"]: s.axis ?? 0,
      tooltip: { valueFormatter: (v) => fmt.as(s.format, v) }, itemStyle: s.color ? { color: s.color } : undefined,
    })),
  }, { height: height ?? (horizontal ? Math.max(200, 26 * categories.length + 64) : 320) });
}

/** Tier sizes and value: tiers = [{ tier, customers, clv, revenue }]; customers on the left axis, value on the right. */
export function renderTierChart(container, tiers, { t, fmt }) {
  return renderBarChart(container, tiers.map((x) => t.label("tier", x.tier)), [
    { name: t("chart.customers"), values: tiers.map((x) => x.customers), format: "integer", axis: 0 },
    { name: t("chart.totalClv"), values: tiers.map((x) => x.clv), format: "currency", axis: 1 },
    { name: t("chart.revenue"), values: tiers.map((x) => x.revenue), format: "currency", axis: 1 },
  ], { fmt, axes: [{ format: "integer", name: t("chart.customers") }, { format: "currency" }] });
}

/**
 * ROI (in %) or another signed measure per key: entries = [{ key, value, reason }] where value may be null (shown as
 * a gap, with the reason in the tooltip). Negative bars are red.
 */
export function renderSignedBars(container, entries, { t, fmt, prefix, format = "percentPoints", name }) {
  const labels = entries.map((e) => t.label(prefix, e.key));
  return renderBarChart(container, labels, [{
    name, format,
    values: entries.map((e) => (e.value === null ? null : { value: e.value, itemStyle: { color: e.value < 0 ? "#c2474f" : palette[0] } })),
  }], { fmt, horizontal: true, axes: [{ format }] });
}

/** Stacked bars: categories (e.g. months or tiers) × stacks = [{ key, values }], keys labelled with prefix. */
export function renderStackedBars(container, categories, stacks, { t, fmt, prefix, format = "currency" }) {
  return renderBarChart(container, categories, stacks.map((s) => ({ name: t.label(prefix, s.key), values: s.values, format, stack: "total" })), { fmt, axes: [{ format }] });
}

/** Dealer ranking: dealers = [{ dealerId, name, score, keyDealer }] by rank; key dealers in the accent colour. */
export function renderDealerRanking(container, dealers, { t, fmt }) {
  const ranked = dealers.filter((d) => d.score !== null && d.score !== undefined);
  return renderBarChart(container, ranked.map((d) => d.name ?? d.dealerId), [{
    name: t("chart.score"), format: "number",
    values: ranked.map((d) => ({ value: d.score, itemStyle: { color: d.keyDealer ? palette[1] : palette[0] } })),
  }], { fmt, horizontal: true, axes: [{ format: "number" }] });
}

/** A plan by tier and option: cells = [{ tier, option, cost, expectedValue, items }] as cost stacked by option per tier. */
export function renderPlanChart(container, cells, { t, fmt }) {
  const tiers = [...new Set(cells.map((c) => c.tier))];
  const options = [...new Set(cells.map((c) => c.option))];
  const stacks = options.map((o) => ({ key: o, values: tiers.map((tier) => cells.find((c) => c.tier === tier && c.option === o)?.cost ?? 0) }));
  return renderStackedBars(container, tiers.map((x) => t.label("tier", x)), stacks, { t, fmt, prefix: "option", format: "currency" });
}
