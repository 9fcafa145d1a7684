// Churn risk: customers with the most value at risk, CLV × (1 − P(alive)), with reasons; value at risk per group.
import { api, query } from "/app/api.js";
import { renderBarChart } from "/lib/charts/bars.js";
import { renderTable } from "/lib/tables.js";
import { el, grid, card, empty, failed, drawn, field, select } from "/app/ui.js";

const dimensions = ["segment", "tier", "region", "dealer", "industry", "size", "channel", "month", "quarter"];

export async function churnPage(main, ctx) {
  const { t, fmt } = ctx;
  main.appendChild(el("h1", null, t("nav.churn")));
  const form = el("form", "filters");
  const by = select(dimensions.map((d) => [d, t(`dimension.${d}`)]), "segment");
  by.id = "churn-by";
  form.appendChild(field(t("dash.groupBy"), by));
  main.appendChild(form);
  const g = grid(main);
  let groups, table;
  const load = async () => {
    g.replaceChildren();
    groups = card(g, t("dash.valueAtRiskBy", { dimension: t(`dimension.${by.value}`) }), { wide: true });
    table = card(g, t("chart.churnRisk"), { wide: true });
    try {
      const r = await api(`/api/churn-risk${query({ top: 50, by: by.value })}`);
      if (!ctx.current()) return;
      table.parentElement.appendChild(el("p", "note", t("note.churnRisk", { risk: fmt.currencyValue(r.totalValueAtRisk), clv: fmt.currencyValue(r.totalClv) })));
      if (r.groups.length === 0) empty(groups, t, "noRisk");
      else {
        const label = (k) => (by.value === "segment" ? t.label("segment", k) : by.value === "tier" ? t.label("tier", k) : k);
        renderBarChart(groups, r.groups.map((x) => label(x.key)), [{ name: t("column.valueAtRisk"), values: r.groups.map((x) => x.valueAtRisk), format: "currency" }], { fmt, horizontal: true, axes: [{ format: "currency" }] });
        drawn(groups);
      }
      if (r.atRisk.length === 0) { empty(table, t, "noRisk"); return; }
      const english = ctx.language === "en";
      renderTable(table, [
        { key: "rank", label: "#", format: "integer" },
        { key: "customerId", label: t("column.customer"), render: (x) => { const a = el("a", null, x.customerId); a.href = `#/customer/${encodeURIComponent(x.customerId)}`; return a; } },
        { key: "segment", label: t("column.segment"), render: (x) => t.label("segment", x.segment) },
        { key: "clv", label: t("column.clv"), format: "currency" },
        { key: "pAlive", label: t("column.pAlive"), format: "percent" },
        { key: "valueAtRisk", label: t("column.valueAtRisk"), format: "currency" },
        { key: "daysSinceLastPurchase", label: t("column.daysSinceLastPurchase"), format: "integer" },
        {
          key: "reasons", label: t("column.reasons"),
          render: (x) => {
            if (x.reasons.length === 0) return "–";
            const list = el("ul", "reasons");
            for (const reason of x.reasons) {
              const item = el("li", null, english ? reason.text : t.label("reasonKind", reason.kind));
              item.title = reason.text;
              list.appendChild(item);
            }
            return list;
          },
        },
      ], r.atRisk, { fmt });
      drawn(table);
    } catch (e) {
      if (e.status === 404) { empty(groups, t, "noSnapshot"); empty(table, t, "noSnapshot"); return; }
      failed(groups, t, e); failed(table, t, e);
    }
  };
  by.addEventListener("change", load);
  await load();
}
