// The KPI and economics answers (/api/kpi, /api/economics) in the shapes the report's chart modules draw.
import { api, ApiError } from "/app/api.js";

/** GET /api/kpi or /api/economics with a slicing dimension; null when the store has no transactions (404). */
export async function metrics(kind, by) {
  try {
    return await api(`/api/${kind}${by ? `?by=${by}` : ""}`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** A KPI tile from a measure ({ value, reason }) or a plain number. */
export function tile(key, measure, format) {
  if (measure !== null && typeof measure === "object") return { key, value: measure.value, format, reason: measure.reason };
  return { key, value: measure, format };
}

/** Entries [{ key, value, reason }] from a dictionary of measures, in the dictionary's order. */
export function entries(dictionary) {
  return Object.entries(dictionary ?? {}).map(([key, m]) => ({ key, value: m?.value ?? null, reason: m?.reason ?? null }));
}

/** Monthly series from /api/kpi?by=month: periods (yyyy-MM) and the values of each measure, null where unknown. */
export function monthly(kpi) {
  const groups = kpi?.groups ?? [];
  const value = (x) => (x !== null && typeof x === "object" ? x.value ?? null : x ?? null);
  return {
    periods: groups.map((g) => g.group),
    series: (key) => groups.map((g) => value(g[key])),
    csatScale: kpi?.all?.csatScale ?? 5,
  };
}
