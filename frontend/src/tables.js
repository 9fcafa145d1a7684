import { el } from "clientele/charts/core.js";

/**
 * A table from columns = [{ key, label, format, align, render }] and rows (objects). format is a createFormat kind
 * (integer, currency, percent, percentPoints, number) or "text"; render(row) overrides the cell. Sortable by click.
 */
export function renderTable(container, columns, rows, { fmt, caption } = {}) {
  const table = el("table", "data-table");
  if (caption) table.appendChild(el("caption", null, caption));
  const head = el("thead");
  const headRow = el("tr");
  const body = el("tbody");
  let sortKey = null;
  let ascending = true;
  const fill = (list) => {
    body.replaceChildren();
    for (const row of list) {
      const tr = el("tr");
      for (const c of columns) {
        const td = el("td", c.format && c.format !== "text" ? "num" : null);
        const content = c.render ? c.render(row) : c.format && c.format !== "text" ? fmt.as(c.format, row[c.key]) : row[c.key] ?? "–";
        if (content instanceof Node) td.appendChild(content); else td.textContent = content;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
  };
  for (const c of columns) {
    const th = el("th", c.format && c.format !== "text" ? "num" : null, c.label);
    th.addEventListener("click", () => {
      ascending = sortKey === c.key ? !ascending : false;
      sortKey = c.key;
      const sorted = [...rows].sort((a, b) => compare(a[c.key], b[c.key]) * (ascending ? 1 : -1));
      fill(sorted);
    });
    headRow.appendChild(th);
  }
  head.appendChild(headRow);
  table.append(head, body);
  fill(rows);
  const wrap = el("div", "table-wrap");
  wrap.appendChild(table);
  container.replaceChildren(wrap);
  container.setAttribute("data-rendered", "true");
  return table;
}

function compare(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
}
