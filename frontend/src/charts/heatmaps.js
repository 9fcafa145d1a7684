import { mountChart, categoryAxis } from "clientele/charts/core.js";

/**
 * RFM heat map: cells = [{ r, f, customers, meanClv }] with R and F scores 1–5. Colour = customers; the tooltip adds the
 * mean CLV. R runs left (1, long ago) to right (5, recent), F bottom (1) to top (5).
 */
export function renderRfmHeatMap(container, cells, { t, fmt }) {
  const scores = ["1", "2", "3", "4", "5"];
  const data = cells.map((c) => [c.r - 1, c.f - 1, c.customers, c.meanClv]);
  const max = Math.max(1, ...cells.map((c) => c.customers));
  return mountChart(container, {
    tooltip: {
      formatter: (p) => `R ${p.value[0] + 1} · F ${p.value[1] + 1}<br>${t("chart.customers")}: ${fmt.integer(p.value[2])}<br>${t("chart.meanClv")}: ${fmt.currencyValue(p.value[3])}`,
    },
    grid: { left: 56, right: 24, top: 16, bottom: 96 },
    xAxis: categoryAxis(scores, { name: t("chart.recencyScore"), nameLocation: "middle", nameGap: 28, splitArea: { show: true } }),
    yAxis: categoryAxis(scores, { name: t("chart.frequencyScore"), splitArea: { show: true } }),
    visualMap: { min: 0, max, calculable: true, orient: "horizontal", left: "center", bottom: 0, inRange: { color: ["#f3f6fa", "#2f5d8a"] } },
    series: [{ name: t("chart.customers"), type: "heatmap", data, label: { show: true, formatter: (p) => fmt.compact(p.value[2]) } }],
  });
}

/**
 * Cohort retention: rows = [{ month: "2025-01", customers, retention: [1, 0.42, …] }] (share of the cohort active in
 * month k after acquisition). Rows are cohorts (oldest on top), columns months since acquisition.
 */
export function renderCohortHeatMap(container, rows, { t, fmt }) {
  const width = Math.max(0, ...rows.map((r) => r.retention.length));
  const columns = Array.from({ length: width }, (_, k) => `+${k}`);
  const cohorts = rows.map((r) => `${fmt.month(r.month)} (${fmt.integer(r.customers)})`).reverse();
  const data = [];
  rows.forEach((r, i) => r.retention.forEach((v, k) => data.push([k, rows.length - 1 - i, v])));
  return mountChart(container, {
    tooltip: { formatter: (p) => `${cohorts[p.value[1]]} · ${columns[p.value[0]]}: ${fmt.percent(p.value[2])}` },
    grid: { left: 140, right: 24, top: 16, bottom: 80 },
    xAxis: categoryAxis(columns, { name: t("chart.monthsSinceAcquisition"), nameLocation: "middle", nameGap: 28 }),
    yAxis: categoryAxis(cohorts),
    visualMap: { min: 0, max: 1, calculable: true, orient: "horizontal", left: "center", bottom: 0, inRange: { color: ["#fbeee0", "#3f9b6b"] }, formatter: (v) => fmt.percent(v) },
    series: [{ name: t("chart.retention"), type: "heatmap", data, label: { show: width <= 13, formatter: (p) => fmt.percent(p.value[2]) } }],
  }, { height: Math.max(240, 28 * rows.length + 120) });
}
