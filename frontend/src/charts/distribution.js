import { mountChart, categoryAxis } from "clientele/charts/core.js";

/**
 * A histogram: bins = [{ from, to, count }] (the last bin may be open: to = null). Used for the CLV distribution;
 * bin edges are formatted with fmt.currencyShort.
 */
export function renderHistogram(container, bins, { t, fmt, name = t("chart.customers"), edge = fmt.currencyShort }) {
  const labels = bins.map((b) => (b.to === null || b.to === undefined ? `≥ ${edge(b.from)}` : `${edge(b.from)} – ${edge(b.to)}`));
  return mountChart(container, {
    tooltip: { trigger: "axis", valueFormatter: (v) => fmt.integer(v) },
    grid: { left: 56, right: 16, top: 24, bottom: 72 },
    xAxis: categoryAxis(labels, { axisLabel: { rotate: 35 } }),
    yAxis: { type: "value", name, axisLabel: { formatter: (v) => fmt.compact(v) } },
    series: [{ name, type: "bar", data: bins.map((b) => b.count), barCategoryGap: "4%" }],
  });
}
