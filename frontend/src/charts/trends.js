import { mountChart, categoryAxis } from "clientele/charts/core.js";

/**
 * Lines over time: periods = ["2025-01", …]; series = [{ name, values, format, axis }] where axis 0 is the left and
 * 1 the right y axis (e.g. revenue left, active customers right). Null values leave gaps (no data that month).
 */
export function renderTrendChart(container, periods, series, { fmt, axes = [{ format: "currency" }, { format: "integer" }] }) {
  const used = axes.filter((_, i) => series.some((s) => (s.axis ?? 0) === i));
  return mountChart(container, {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 64, right: used.length > 1 ? 64 : 24, top: 40, bottom: 40 },
    xAxis: categoryAxis(periods.map((p) => fmt.month(p))),
    yAxis: axes.map((a, i) => ({
      type: "value", show: used.includes(a), name: a.name, splitLine: { show: i === 0 }, scale: a.scale ?? false,
      min: a.min, max: a.max,
      axisLabel: { formatter: (v) => (a.format === "currency" ? fmt.currencyShort(v) : a.format === "percent" ? fmt.percent(v) : fmt.compact(v)) },
    })),
    series: series.map((s) => ({
      name: s.name, type: "line", yAxisIndex: s.axis ?? 0, data: s.values, connectNulls: false, showSymbol: periods.length <= 24,
      tooltip: { valueFormatter: (v) => fmt.as(s.format, v) },
    })),
  });
}

/** NPS (−100…100, left) and mean satisfaction (right, 0…scale) per period. */
export function renderNpsSatisfactionChart(container, periods, nps, satisfaction, scale, { t, fmt }) {
  return renderTrendChart(container, periods, [
    { name: t("kpi.nps"), values: nps, format: "number", axis: 0 },
    { name: t("kpi.csat"), values: satisfaction, format: "number", axis: 1 },
  ], { fmt, axes: [{ format: "number", min: -100, max: 100, name: "NPS" }, { format: "number", min: 0, max: scale || 5, name: t("kpi.csat") }] });
}
