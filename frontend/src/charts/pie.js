import { mountChart } from "clientele/charts/core.js";

/** A composition pie (ring): parts = [{ key, value }] labelled with t.label(prefix, key); values formatted as money. */
export function renderPie(container, parts, { t, fmt, prefix, format = "currency" }) {
  return mountChart(container, {
    tooltip: { trigger: "item", formatter: (p) => `${p.name}: ${fmt.as(format, p.value)} (${fmt.percent(p.percent / 100)})` },
    legend: { type: "scroll", bottom: 0 },
    series: [{
      type: "pie", radius: ["38%", "68%"], center: ["50%", "45%"], avoidLabelOverlap: true,
      label: { formatter: (p) => `${p.name}\n${fmt.percent(p.percent / 100)}` },
      data: parts.filter((p) => p.value > 0).map((p) => ({ name: t.label(prefix, p.key), value: p.value })),
    }],
  });
}
