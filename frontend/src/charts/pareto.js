import { mountChart } from "clientele/charts/core.js";

/**
 * The revenue Pareto (Lorenz-style concentration) curve: points = [{ customerShare, revenueShare }], both 0–1, customers
 * ranked by revenue, highest first. A diagonal marks equal shares and a marker the top 20%.
 */
export function renderParetoChart(container, points, { t, fmt }) {
  const data = [[0, 0], ...points.map((p) => [p.customerShare, p.revenueShare])];
  const at20 = interpolate(data, 0.2);
  return mountChart(container, {
    tooltip: { trigger: "axis", valueFormatter: (v) => fmt.percent(v) },
    legend: { top: 0 },
    grid: { left: 56, right: 24, top: 36, bottom: 48 },
    xAxis: { type: "value", min: 0, max: 1, name: t("chart.customerShare"), nameLocation: "middle", nameGap: 28, axisLabel: { formatter: (v) => fmt.percent(v) } },
    yAxis: { type: "value", min: 0, max: 1, name: t("chart.revenueShare"), axisLabel: { formatter: (v) => fmt.percent(v) } },
    series: [
      {
        name: t("chart.pareto"), type: "line", showSymbol: false, data, areaStyle: { opacity: 0.12 },
        markPoint: at20 === null ? undefined : { symbolSize: 44, data: [{ coord: [0.2, at20], value: fmt.percent(at20) }], label: { formatter: (p) => p.value } },
      },
      { name: t("chart.equalShares"), type: "line", showSymbol: false, data: [[0, 0], [1, 1]], lineStyle: { type: "dashed", width: 1 }, color: "#999" },
    ],
  });
}

function interpolate(points, x) {
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    if (x >= x0 && x <= x1) return x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return null;
}
