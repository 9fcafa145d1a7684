// Customers: search (id or name prefix), filters, a table sorted and paged by the server; and the customer 360 page.
import { api, query } from "/app/api.js";
import { renderKpiTiles } from "/lib/charts/kpiTiles.js";
import { renderBarChart } from "/lib/charts/bars.js";
import { renderTable } from "/lib/tables.js";
import { el, grid, card, empty, failed, drawn, field, select, input, button } from "/app/ui.js";

const PAGE_SIZE = 25;

export async function customersPage(main, ctx) {
  const { t } = ctx;
  const initial = Object.fromEntries(new URLSearchParams(ctx.arg));
  const state = { page: 1, search: initial.search ?? "", segment: initial.segment ?? "", tier: initial.tier ?? "", sort: initial.sort ?? "clv" };
  main.appendChild(el("h1", null, t("nav.customers")));
  const form = el("form", "filters");
  form.id = "customer-filters";
  const search = input("search", { placeholder: t("dash.searchPlaceholder"), value: state.search, id: "customer-search" });
  const tier = select([["", t("dash.allTiers")], ...["gold", "silver", "standard"].map((x) => [x, t.label("tier", x)])], state.tier);
  const segment = select([["", t("dash.allSegments")]], state.segment);
  form.append(field(t("dash.search"), search), field(t("column.tier"), tier), field(t("column.segment"), segment), button(t("dash.apply"), { kind: "submit", className: "primary" }));
  main.appendChild(form);
  const g = grid(main);
  const body = card(g, t("dash.customerList"), { wide: true });

  // The segment names come from the latest run; the filter works without them (free text in the URL).
  api("/api/segments").then((s) => {
    for (const x of s.segments) { const o = el("option", null, t.label("segment", x.segment)); o.value = x.segment; o.selected = x.segment === state.segment; segment.appendChild(o); }
  }).catch(() => {});

  const load = async () => {
    body.setAttribute("data-state", "loading");
    try {
      const page = await api(`/api/customers${query({ page: state.page, pageSize: PAGE_SIZE, search: state.search, segment: state.segment, tier: state.tier, sort: state.sort })}`);
      if (!ctx.current()) return;
      if (page.total === 0) {
        empty(body, t, state.search || state.segment || state.tier ? "noMatch" : "noCustomers");
        return;
      }
      draw(body, page, state, ctx, load);
    } catch (e) {
      failed(body, t, e);
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    Object.assign(state, { page: 1, search: search.value.trim(), segment: segment.value, tier: tier.value });
    load();
  });
  await load();
}

function draw(body, page, state, ctx, load) {
  const { t, fmt } = ctx;
  body.classList.remove("empty");
  body.removeAttribute("data-empty");
  const table = el("table", "data-table");
  table.id = "customer-table";
  const columns = [
    { key: "id", label: t("column.customer"), sort: "id", render: (c) => { const a = el("a", null, c.id); a.href = `#/customer/${encodeURIComponent(c.id)}`; return a; } },
    { key: "name", label: t("column.name"), sort: "name" },
    { key: "region", label: t("column.region") },
    { key: "segment", label: t("column.segment"), render: (c) => (c.segment ? t.label("segment", c.segment) : "–") },
    { key: "tier", label: t("column.tier"), render: (c) => (c.tier ? t.label("tier", c.tier) : "–") },
    { key: "revenue", label: t("column.revenue"), format: "currency" },
    { key: "probabilityAlive", label: t("column.pAlive"), format: "percent" },
    { key: "clv", label: t("column.clv"), format: "currency", sort: "clv" },
  ];
  const head = el("tr");
  for (const c of columns) {
    const th = el("th", c.format ? "num" : null, c.label);
    if (c.sort) {
      th.classList.add("sortable");
      if (state.sort === c.sort) th.classList.add("sorted");
      th.setAttribute("aria-sort", state.sort === c.sort ? (c.sort === "clv" ? "descending" : "ascending") : "none");
      th.title = t("dash.sortBy", { column: c.label });
      th.addEventListener("click", () => { state.sort = c.sort; state.page = 1; load(); });
    }
    head.appendChild(th);
  }
  const thead = el("thead"); thead.appendChild(head);
  const tbody = el("tbody");
  for (const row of page.items) {
    const tr = el("tr");
    for (const c of columns) {
      const td = el("td", c.format ? "num" : null);
      const content = c.render ? c.render(row) : c.format ? fmt.as(c.format, row[c.key]) : row[c.key] ?? "–";
      if (content instanceof Node) td.appendChild(content); else td.textContent = content;
      tr.appendChild(td);
    }
    tbody.appendChild(tr);
  }
  table.append(thead, tbody);
  const wrap = el("div", "table-wrap"); wrap.appendChild(table);
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const pager = el("div", "pager");
  const previous = button(t("dash.previous")); previous.disabled = page.page <= 1;
  const next = button(t("dash.next")); next.disabled = page.page >= pages; next.id = "next-page";
  previous.addEventListener("click", () => { state.page--; load(); });
  next.addEventListener("click", () => { state.page++; load(); });
  pager.append(previous, el("span", "pager-text", t("dash.pageOf", { page: fmt.integer(page.page), pages: fmt.integer(pages), total: fmt.integer(page.total) })), next);
  body.replaceChildren(wrap, pager);
  drawn(body);
}

export async function customerPage(main, ctx) {
  const { t, fmt } = ctx;
  const back = el("a", "back", `← ${t("nav.customers")}`);
  back.href = "#/customers";
  const title = el("h1", null, ctx.arg);
  main.append(back, title);
  const g = grid(main);
  const profile = card(g, t("dash.profile"));
  const analysis = card(g, t("dash.analysis"));
  const churn = card(g, t("nav.churn"), { id: "customer-churn" });
  const history = card(g, t("dash.purchases"), { wide: true });
  const transactions = card(g, t("dash.latestTransactions"), { wide: true });
  const interactions = card(g, t("dash.interactions"));
  const surveys = card(g, t("dash.surveys"));
  let c;
  try {
    c = await api(`/api/customers/${encodeURIComponent(ctx.arg)}`);
  } catch (e) {
    for (const body of [profile, analysis, churn, history, transactions, interactions, surveys]) failed(body, t, e);
    return;
  }
  if (!ctx.current()) return;
  const p = c.profile;
  title.textContent = p.name ? `${p.name} (${p.id})` : p.id;
  const facts = el("dl", "facts");
  const fact = (label, value) => { if (value !== null && value !== undefined && value !== "") facts.append(el("dt", null, label), el("dd", null, value)); };
  fact(t("column.region"), p.region);
  fact(t("dash.industry"), p.industry);
  fact(t("dash.size"), p.size);
  fact(t("dash.channel"), p.acquisitionChannel ? t.label("channel", p.acquisitionChannel) : null);
  fact(t("column.dealer"), p.dealerId);
  fact(t("dash.accountManager"), p.accountManagerId);
  fact(t("dash.acquiredOn"), p.acquiredOn ? fmt.date(p.acquiredOn) : null);
  for (const [k, v] of Object.entries(p.attributes ?? {})) fact(k, v);
  profile.replaceChildren(facts); drawn(profile);

  const a = c.analysis;
  if (!a) empty(analysis, t, "noSnapshot");
  else {
    renderKpiTiles(analysis, [
      { key: "clv", value: a.clv, format: "currency" },
      { key: "pAlive", value: a.probabilityAlive, format: "percent" },
      { key: "expectedPurchases", value: a.expectedPurchases, format: "number" },
      { key: "expectedSpend", value: a.expectedSpend, format: "currency" },
      { key: "revenue", value: a.revenue, format: "currency" },
      { key: "rfm", value: null, format: "text" },
    ].map((x) => (x.key === "rfm" ? { ...x, value: undefined } : x)), ctx);
    // The RFM scores and segment read as text, not as a number tile.
    const rfm = analysis.querySelector('[data-kpi="rfm"]');
    if (rfm) {
      rfm.querySelector(".kpi-value").textContent = `R${a.rfm.recency} F${a.rfm.frequency} M${a.rfm.monetary}`;
      rfm.querySelector(".kpi-reason")?.replaceWith(el("div", "kpi-reason", `${t.label("segment", a.rfm.segment)}${a.tier ? " · " + t.label("tier", a.tier) : ""}`));
    }
    analysis.appendChild(el("p", "note", t("dash.asOf", { asOf: fmt.date(a.asOf), run: a.runId })));
    drawn(analysis);
  }

  drawChurn(churn, c.churnRisk, ctx);

  const h = c.history;
  if (h.count === 0) empty(history, t, "noTransactions");
  else {
    const byMonth = new Map();
    for (const x of [...h.latest].reverse()) byMonth.set(x.date.slice(0, 7), (byMonth.get(x.date.slice(0, 7)) ?? 0) + x.amount);
    renderBarChart(history, [...byMonth.keys()].map((m) => fmt.month(m)), [{ name: t("chart.revenue"), values: [...byMonth.values()], format: "currency" }], { fmt, axes: [{ format: "currency" }] });
    history.parentElement.querySelector(".note")?.remove();
    history.parentElement.appendChild(el("p", "note", t("dash.historyNote", { count: fmt.integer(h.count), total: fmt.currencyValue(h.totalAmount), first: fmt.date(h.firstDate), last: fmt.date(h.lastDate), shown: fmt.integer(h.latest.length) })));
    drawn(history);
    renderTable(transactions, [
      { key: "date", label: t("dash.date"), render: (x) => fmt.date(x.date) },
      { key: "id", label: "ID" },
      { key: "amount", label: t("dash.amount"), format: "currency" },
      { key: "margin", label: t("dash.margin"), format: "currency" },
      { key: "product", label: t("dash.product") },
      { key: "dealerId", label: t("column.dealer") },
      { key: "channel", label: t("dash.channel") },
    ], h.latest, { fmt });
    drawn(transactions);
  }
  if (h.count === 0) empty(transactions, t, "noTransactions");

  if (c.interactions.length === 0) empty(interactions, t, "noInteractions");
  else {
    renderTable(interactions, [
      { key: "date", label: t("dash.date"), render: (x) => fmt.date(x.date) },
      { key: "kind", label: t("dash.kind"), render: (x) => t.label("interaction", x.kind) },
      { key: "outcome", label: t("dash.outcome") },
      { key: "resolvedOn", label: t("dash.resolvedOn"), render: (x) => (x.resolvedOn ? fmt.date(x.resolvedOn) : "–") },
    ], c.interactions, { fmt });
    drawn(interactions);
  }
  if (c.surveys.length === 0) empty(surveys, t, "noSurveys");
  else {
    renderTable(surveys, [
      { key: "date", label: t("dash.date"), render: (x) => fmt.date(x.date) },
      { key: "nps", label: "NPS", format: "integer" },
      { key: "satisfaction", label: t("kpi.csat"), render: (x) => (x.satisfaction === null ? "–" : `${fmt.number(x.satisfaction)} / ${x.satisfactionScale}`) },
      { key: "comment", label: t("dash.comment") },
    ], c.surveys, { fmt });
    drawn(surveys);
  }
}

// The churn warning of the churn-risk list for this customer: value at risk, P(alive) now and before, the reasons.
// English shows the list's own sentences; other languages the reason kind, with the sentence as a tooltip.
function drawChurn(body, r, ctx) {
  const { t, fmt } = ctx;
  if (!r.asOf) { empty(body, t, "noSnapshot"); return; }
  if (r.unavailable && r.pAlive === null) {
    body.replaceChildren(el("p", "note", t("dash.notInSnapshot", { asOf: fmt.date(r.asOf) })));
    drawn(body);
    return;
  }
  const facts = el("dl", "facts");
  const fact = (label, value) => facts.append(el("dt", null, label), el("dd", null, value));
  fact(t("column.valueAtRisk"), fmt.as("currency", r.valueAtRisk));
  fact(t("column.pAlive"), fmt.as("percent", r.pAlive));
  if (r.previousAsOf) fact(t("dash.pAliveOn", { asOf: fmt.date(r.previousAsOf) }), r.previousPAlive === null ? "–" : fmt.as("percent", r.previousPAlive));
  const english = ctx.language === "en";
  const reasons = el("ul", "reasons");
  reasons.id = "churn-reasons";
  for (const reason of r.reasons) {
    const item = el("li", null, english ? reason.text : t.label("reasonKind", reason.kind));
    item.title = reason.text;
    item.dataset.kind = reason.kind;
    reasons.appendChild(item);
  }
  // The reasons sit in the facts list like the values, one item each; an empty list says so in words.
  const cell = el("dd");
  cell.appendChild(reasons);
  if (r.reasons.length === 0) cell.appendChild(el("span", "note", t("dash.noChurnReasons")));
  facts.append(el("dt", null, t("column.reasons")), cell);
  body.replaceChildren(facts);
  body.appendChild(el("p", "note", t("dash.asOf", { asOf: fmt.date(r.asOf), run: r.runId })));
  drawn(body);
}
