// Mounting ECharts charts: one place that sets the renderer, the palette, resizing and the rendered flag.
// ECharts is the UMD build (echarts.min.js) loaded before the modules, so it is a global here.

const charts = new Set();

/** The palette every chart shares: readable on screen and in grey-scale print. */
export const palette = ["#2f5d8a", "#e08a2c", "#3f9b6b", "#c2474f", "#7a5ea8", "#8c6d46", "#d46fa8", "#6b7a8f", "#b5b23b", "#3aa6b9"];

/**
 * Renders an ECharts option into a container. When ECharts reports that rendering finished the container gets
 * data-rendered="true" (the browser tests wait for it). Animation is off so a printed or headless page is complete at once.
 */
export function mountChart(container, option, { height = 320 } = {}) {
  const echarts = globalThis.echarts;
  if (!echarts) throw new Error("ECharts is not loaded");
  container.classList.add("chart");
  container.style.height = `${height}px`;
  container.setAttribute("data-rendered", "false");
  const chart = echarts.init(container, null, { renderer: "svg" });
  chart.on("finished", () => container.setAttribute("data-rendered", "true"));
  chart.setOption({ animation: false, color: palette, textStyle: { fontFamily: "inherit" }, ...option });
  charts.add(chart);
  return chart;
}

/** Resizes every mounted chart (window resize, before printing). */
export function resizeCharts() {
  for (const chart of charts) chart.resize();
}

if (typeof window !== "undefined") {
  window.addEventListener("resize", resizeCharts);
  window.addEventListener("beforeprint", resizeCharts);
}

/** Creates an element with a class and optional text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/**
 * An empty state that says what to do: the message and, when given, the command that fills it in.
 * The container gets data-empty="true" so tests and styles can tell it from a chart.
 */
export function renderEmpty(container, message, command) {
  container.classList.add("empty");
  container.setAttribute("data-empty", "true");
  container.replaceChildren(el("p", "empty-message", message));
  if (command) {
    const code = el("code", "empty-command", command);
    container.appendChild(code);
  }
  return container;
}

/** A category axis label that does not run into its neighbours. */
export const categoryAxis = (data, extra = {}) => ({ type: "category", data, axisLabel: { hideOverlap: true, ...extra.axisLabel }, ...extra });
