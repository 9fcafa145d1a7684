// Page building blocks: cards with loading, empty and error states, on top of the report's chart helpers.
import { el, renderEmpty } from "/lib/charts/core.js";

export { el };

/** A grid of cards under the page root. */
export function grid(root) {
  const g = el("div", "grid");
  root.appendChild(g);
  return g;
}

/** A card with a title; its body shows a loading state until a chart, table, empty or error state replaces it. */
export function card(parent, title, { wide = false, note, id } = {}) {
  const figure = el("figure", wide ? "card wide" : "card");
  if (id) figure.id = id;
  figure.appendChild(el("figcaption", null, title));
  const body = el("div", "card-body");
  // The loading state is drawn by CSS (no child element), so a chart mounted into the body finds it empty.
  body.setAttribute("data-state", "loading");
  figure.appendChild(body);
  if (note) figure.appendChild(el("p", "note", note));
  parent.appendChild(figure);
  return body;
}

/** The empty state of a key of the dictionaries (empty.KEY and, when there is one, emptyCommand.KEY). */
export function empty(body, t, key) {
  const command = t(`emptyCommand.${key}`);
  body.setAttribute("data-state", "empty");
  return renderEmpty(body, t(`empty.${key}`), command === `emptyCommand.${key}` ? null : command);
}

/** An error state: what failed, in the API's words. */
export function failed(body, t, error) {
  body.setAttribute("data-state", "error");
  body.classList.add("error");
  body.replaceChildren(el("p", "error-message", `${t("dash.error")}: ${error?.message ?? error}`));
  return body;
}

/** Clears a card body (an earlier chart, empty or error state) before something new is drawn in it. */
export function reset(body) {
  for (const chart of body.querySelectorAll("[_echarts_instance_]")) globalThis.echarts?.getInstanceByDom(chart)?.dispose();
  globalThis.echarts?.getInstanceByDom(body)?.dispose();
  body.replaceChildren();
  body.classList.remove("empty", "error");
  body.removeAttribute("data-empty");
  body.setAttribute("data-state", "loading");
  return body;
}

/** Marks a card body as drawn (a chart or table is in it). */
export function drawn(body) {
  body.setAttribute("data-state", "ready");
  return body;
}

/** A labelled form control. */
export function field(label, control) {
  const wrap = el("label", "field");
  wrap.appendChild(el("span", "field-label", label));
  wrap.appendChild(control);
  return wrap;
}

/** A <select> of [value, label] pairs. */
export function select(options, value) {
  const s = el("select");
  for (const [v, label] of options) {
    const o = el("option", null, label);
    o.value = v;
    if (v === value) o.selected = true;
    s.appendChild(o);
  }
  return s;
}

/** An <input> of a type with attributes. */
export function input(type, attributes = {}) {
  const i = el("input");
  i.type = type;
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined && v !== null) i.setAttribute(k, v);
  return i;
}

/** A button. */
export function button(label, { kind = "button", className } = {}) {
  const b = el("button", className, label);
  b.type = kind;
  return b;
}
