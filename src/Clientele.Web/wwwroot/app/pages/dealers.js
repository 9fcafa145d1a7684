// Dealers: the ranking by score and the scorecards of a period (GET /api/dealers).
import { api, query } from "/app/api.js";
import { renderDealerRanking, renderBarChart } from "/lib/charts/bars.js";
import { renderTable } from "/lib/tables.js";
import { el, grid, card, empty, failed, drawn, field, input, button } from "/app/ui.js";

export async function dealersPage(main, ctx) {
  const { t, fmt } = ctx;
  main.appendChild(el("h1", null, t("nav.dealers")));
  const form = el("form", "filters");
  const from = input("date", { id: "dealers-from" });
  const to = input("date", { id: "dealers-to" });
  form.append(field(t("dash.from"), from), field(t("dash.to"), to), button(t("dash.apply"), { kind: "submit", className: "primary" }));
  main.appendChild(form);
  const period = el("p", "page-facts");
  main.appendChild(period);
  const g = grid(main);
  let ranking, regions, table;
  const load = async () => {
    g.replaceChildren();
    ranking = card(g, t("chart.dealerRanking"));
    regions = card(g, t("dash.salesByRegion"));
    table = card(g, t("chart.dealerScorecards"), { wide: true });
    try {
      const d = await api(`/api/dealers${query({ from: from.value, to: to.value, by: "region" })}`);
      if (!ctx.current()) return;
      period.textContent = `${t("report.period")}: ${fmt.date(d.from)} – ${fmt.date(d.to)} · ${t("dash.totalSales")}: ${fmt.currencyValue(d.totalSales)}`;
      if (d.dealers.length === 0) { for (const body of [ranking, regions, table]) empty(body, t, "noDealers"); return; }
      if (d.keyDealerShare !== null) ranking.parentElement.appendChild(el("p", "note", t("note.dealers", { share: fmt.percent(d.keyDealerShare) })));
      if (d.dealers.some((x) => x.score !== null)) { renderDealerRanking(ranking, d.dealers, ctx); drawn(ranking); } else empty(ranking, t, "noDealerScore");
      renderBarChart(regions, d.groups.map((x) => x.key), [{ name: t("column.sales"), values: d.groups.map((x) => x.sales), format: "currency" }], { fmt, horizontal: true, axes: [{ format: "currency" }] });
      drawn(regions);
      renderTable(table, [
        { key: "rank", label: "#", format: "integer" },
        { key: "dealerId", label: t("column.dealer"), render: (x) => (x.name ? `${x.dealerId} ${x.name}` : x.dealerId) },
        { key: "region", label: t("column.region") },
        { key: "sales", label: t("column.sales"), format: "currency" },
        { key: "growth", label: t("column.growth"), format: "percent" },
        { key: "marketShare", label: t("column.marketShare"), format: "percent" },
        { key: "customersServed", label: t("column.customers"), format: "integer" },
        { key: "satisfaction", label: t("column.satisfaction"), format: "number" },
        { key: "complaintRate", label: t("column.complaintRate"), format: "number" },
        { key: "score", label: t("column.score"), format: "number" },
        { key: "keyDealer", label: t("column.keyDealer"), render: (x) => (x.keyDealer ? t("common.yes") : "") },
        { key: "suggestedTier", label: t("column.suggestedTier") },
      ], d.dealers, { fmt });
      drawn(table);
    } catch (e) {
      if (e.status === 404) { for (const body of [ranking, regions, table]) empty(body, t, "noTransactions"); return; }
      for (const body of [ranking, regions, table]) failed(body, t, e);
    }
  };
  form.addEventListener("submit", (event) => { event.preventDefault(); load(); });
  await load();
}
