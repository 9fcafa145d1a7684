import { el } from "clientele/charts/core.js";

/**
 * KPI tiles: tiles = [{ key, value, format, reason }]; the label is t("kpi." + key). A tile without a value shows "–"
 * and its reason (the data cannot give it), never a made-up zero.
 */
export function renderKpiTiles(container, tiles, { t, fmt }) {
  container.classList.add("kpi-tiles");
  container.replaceChildren();
  for (const tile of tiles) {
    const box = el("div", "kpi-tile");
    box.setAttribute("data-kpi", tile.key);
    box.appendChild(el("div", "kpi-label", t(`kpi.${tile.key}`)));
    box.appendChild(el("div", "kpi-value", fmt.as(tile.format, tile.value)));
    if (tile.value === null || tile.value === undefined) box.appendChild(el("div", "kpi-reason", tile.reason ? t.label("reason", tile.reason) : t("common.notAvailable")));
    container.appendChild(box);
  }
  container.setAttribute("data-rendered", "true");
  return container;
}
