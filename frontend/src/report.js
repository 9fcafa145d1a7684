// The offline report's page: builds every section from the embedded data with the shared chart modules.
import { createFormat } from "clientele/format.js";
import { createI18n } from "clientele/i18n.js";
import { el, renderEmpty } from "clientele/charts/core.js";
import { renderKpiTiles } from "clientele/charts/kpiTiles.js";
import { renderParetoChart } from "clientele/charts/pareto.js";
import { renderHistogram } from "clientele/charts/distribution.js";
import { renderTrendChart, renderNpsSatisfactionChart } from "clientele/charts/trends.js";
import { renderRfmHeatMap, renderCohortHeatMap } from "clientele/charts/heatmaps.js";
import { renderBarChart, renderTierChart, renderSignedBars, renderDealerRanking, renderPlanChart } from "clientele/charts/bars.js";
import { renderPie } from "clientele/charts/pie.js";
import { renderTable } from "clientele/tables.js";

/** Renders the whole report into root from the report data and the dictionaries (language, then English fallback). */
export function renderReport(root, data, dictionary, fallback) {
  const t = createI18n(dictionary, fallback);
  const fmt = createFormat(data.language, data.currency);
  const ctx = { t, fmt, data };
  root.replaceChildren();
  root.appendChild(header(ctx));
  const sections = [
    ["overview", overview],
    ["segments", segments],
    ["economics", economics],
    ["relationship", relationship],
    ["dealers", dealers],
    ["churnRisk", churnRisk],
    ["plan", plan],
  ];
  root.appendChild(nav(ctx, sections.map(([id]) => id)));
  for (const [id, build] of sections) {
    const section = el("section", "report-section");
    section.id = id;
    section.appendChild(el("h2", null, t(`section.${id}`)));
    root.appendChild(section);
    build(section, ctx);
  }
  root.appendChild(el("footer", "report-footer", t("report.footer", { date: fmt.dateTime(data.generatedAt) })));
  root.setAttribute("data-state", "ready");
}

function header({ t, fmt, data }) {
  const head = el("header", "report-header");
  head.appendChild(el("h1", null, t("report.title")));
  const facts = el("dl", "report-facts");
  const fact = (label, value) => { facts.append(el("dt", null, label), el("dd", null, value)); };
  fact(t("report.store"), data.store);
  fact(t("report.period"), data.period ? `${fmt.date(data.period.from)} – ${fmt.date(data.period.to)}` : t("common.none"));
  fact(t("report.snapshot"), data.snapshot ? t("report.snapshotText", { asOf: fmt.date(data.snapshot.asOf), customers: fmt.integer(data.snapshot.customers) }) : t("common.none"));
  fact(t("report.generated"), fmt.dateTime(data.generatedAt));
  head.appendChild(facts);
  return head;
}

function nav({ t }, ids) {
  const list = el("nav", "report-nav");
  for (const id of ids) {
    const a = el("a", null, t(`section.${id}`));
    a.href = `#${id}`;
    list.appendChild(a);
  }
  return list;
}

/** A card with a title holding a chart, a table or an empty state; returns its body element. */
function card(section, title, { wide = false, note } = {}) {
  const figure = el("figure", wide ? "card wide" : "card");
  figure.appendChild(el("figcaption", null, title));
  const body = el("div", "card-body");
  figure.appendChild(body);
  if (note) figure.appendChild(el("p", "note", note));
  let grid = section.querySelector(":scope > .grid");
  if (!grid) { grid = el("div", "grid"); section.appendChild(grid); }
  grid.appendChild(figure);
  return body;
}

/** Fills body with the empty state of key: the message and the command that would fill it in. */
function empty(body, { t }, key) {
  const command = t(`emptyCommand.${key}`);
  return renderEmpty(body, t(`empty.${key}`), command === `emptyCommand.${key}` ? null : command);
}

function overview(section, ctx) {
  const { t, data } = ctx;
  const o = data.overview;
  const tiles = card(section, t("chart.kpis"), { wide: true });
  if (o.tiles.length === 0) empty(tiles, ctx, data.snapshot ? "noTransactions" : "noSnapshot"); else renderKpiTiles(tiles, o.tiles, ctx);
  const pareto = card(section, t("chart.pareto"), { note: t("note.pareto") });
  if (o.pareto.length === 0) empty(pareto, ctx, o.paretoEmpty ?? "noTransactions"); else renderParetoChart(pareto, o.pareto, ctx);
  const clv = card(section, t("chart.clvDistribution"), { note: t("note.clvDistribution") });
  if (o.clvHistogram.length === 0) empty(clv, ctx, o.clvEmpty ?? "noSnapshot"); else renderHistogram(clv, o.clvHistogram, ctx);
  const trends = card(section, t("chart.trends"), { wide: true });
  if (!o.trends) empty(trends, ctx, o.trendsEmpty ?? "noTransactions");
  else renderTrendChart(trends, o.trends.periods, [
    { name: t("chart.revenue"), values: o.trends.revenue, format: "currency", axis: 0 },
    { name: t("kpi.activeCustomers"), values: o.trends.activeCustomers, format: "integer", axis: 1 },
    { name: t("kpi.orders"), values: o.trends.orders, format: "integer", axis: 1 },
  ], ctx);
}

function segments(section, ctx) {
  const { t, fmt, data } = ctx;
  const s = data.segments;
  const heat = card(section, t("chart.rfmHeatMap"), { note: t("note.rfmHeatMap") });
  const tiers = card(section, t("chart.tiers"), { note: t("note.tiers") });
  const table = card(section, t("chart.segmentTable"), { wide: true });
  if (s.empty) { for (const body of [heat, tiers, table]) empty(body, ctx, s.empty); return; }
  renderRfmHeatMap(heat, s.rfmCells, ctx);
  renderTierChart(tiers, s.tiers, ctx);
  renderTable(table, [
    { key: "name", label: t("column.segment"), render: (r) => t.label("segment", r.name) },
    { key: "customers", label: t("column.customers"), format: "integer" },
    { key: "share", label: t("column.share"), format: "percent" },
    { key: "revenue", label: t("column.revenue"), format: "currency" },
    { key: "clv", label: t("column.totalClv"), format: "currency" },
    { key: "meanPAlive", label: t("column.meanPAlive"), format: "percent" },
  ], s.segments, { fmt });
}

function economics(section, ctx) {
  const { t, data } = ctx;
  const e = data.economics;
  const tiles = card(section, t("chart.economicsKpis"), { wide: true });
  const byCategory = card(section, t("chart.costByCategory"));
  const byStage = card(section, t("chart.costByStage"));
  const roiCategory = card(section, t("chart.roiByCategory"), { note: t("note.roi") });
  const roiStage = card(section, t("chart.roiByStage"));
  const roiTier = card(section, t("chart.roiByTier"));
  const cac = card(section, t("chart.cacByChannel"), { note: t("note.cac") });
  if (!e || e.empty) { for (const body of [tiles, byCategory, byStage, roiCategory, roiStage, roiTier, cac]) empty(body, ctx, e?.empty ?? "noInvestments"); return; }
  renderKpiTiles(tiles, e.tiles, ctx);
  renderPie(byCategory, e.costByCategory, { ...ctx, prefix: "category" });
  renderPie(byStage, e.costByStage, { ...ctx, prefix: "stage" });
  const signed = (body, entries, prefix) => (entries.some((x) => x.value !== null) ? renderSignedBars(body, entries, { ...ctx, prefix, name: t("kpi.roi") }) : empty(body, ctx, "noRoi"));
  signed(roiCategory, e.roiByCategory, "category");
  signed(roiStage, e.roiByStage, "stage");
  signed(roiTier, e.roiByTier, "tier");
  const channels = e.cacByChannel.filter((x) => x.value !== null);
  if (channels.length === 0) empty(cac, ctx, "noCac");
  else renderBarChart(cac, channels.map((x) => t.label("channel", x.key)), [{ name: t("kpi.cac"), values: channels.map((x) => x.value), format: "currency" }], { ...ctx, axes: [{ format: "currency" }] });
}

function relationship(section, ctx) {
  const { t, data } = ctx;
  const r = data.relationship;
  const tiles = card(section, t("chart.relationshipKpis"), { wide: true });
  const nps = card(section, t("chart.npsTrend"), { note: t("note.nps") });
  const complaints = card(section, t("chart.complaintTrend"));
  const cohorts = card(section, t("chart.cohorts"), { wide: true, note: t("note.cohorts") });
  if (!r || r.empty) { for (const body of [tiles, nps, complaints, cohorts]) empty(body, ctx, r?.empty ?? "noTransactions"); return; }
  renderKpiTiles(tiles, r.tiles, ctx);
  const trends = data.overview.trends;
  if (!trends || r.surveysEmpty) empty(nps, ctx, r.surveysEmpty ?? "noSurveys");
  else renderNpsSatisfactionChart(nps, trends.periods, trends.nps, trends.csat, trends.csatScale, ctx);
  if (!trends || trends.complaintRate.every((v) => v === null)) empty(complaints, ctx, "noComplaints");
  else renderTrendChart(complaints, trends.periods, [{ name: t("kpi.complaintRate"), values: trends.complaintRate, format: "number", axis: 0 }], { ...ctx, axes: [{ format: "number" }] });
  if (r.cohorts.length === 0) empty(cohorts, ctx, r.cohortsEmpty ?? "noCohorts"); else renderCohortHeatMap(cohorts, r.cohorts, ctx);
}

function dealers(section, ctx) {
  const { t, fmt, data } = ctx;
  const d = data.dealers;
  const ranking = card(section, t("chart.dealerRanking"), { note: d.empty ? null : t("note.dealers", { share: fmt.percent(d.keyDealerShare) }) });
  const table = card(section, t("chart.dealerScorecards"), { wide: true });
  if (d.empty) { empty(ranking, ctx, d.empty); empty(table, ctx, d.empty); return; }
  if (d.dealers.some((x) => x.score !== null)) renderDealerRanking(ranking, d.dealers, ctx); else empty(ranking, ctx, "noDealerScore");
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
}

function churnRisk(section, ctx) {
  const { t, fmt, data } = ctx;
  const c = data.churnRisk;
  const body = card(section, t("chart.churnRisk"), {
    wide: true,
    note: c.empty ? null : t("note.churnRisk", { risk: fmt.currencyValue(c.totalValueAtRisk), clv: fmt.currencyValue(c.totalClv) }),
  });
  if (c.empty) { empty(body, ctx, c.empty); return; }
  const english = data.language === "en";
  renderTable(body, [
    { key: "rank", label: "#", format: "integer" },
    { key: "customerId", label: t("column.customer") },
    { key: "segment", label: t("column.segment"), render: (x) => t.label("segment", x.segment) },
    { key: "clv", label: t("column.clv"), format: "currency" },
    { key: "pAlive", label: t("column.pAlive"), format: "percent" },
    { key: "valueAtRisk", label: t("column.valueAtRisk"), format: "currency" },
    { key: "daysSinceLastPurchase", label: t("column.daysSinceLastPurchase"), format: "integer" },
    {
      key: "reasons", label: t("column.reasons"),
      render: (x) => {
        const list = el("ul", "reasons");
        for (const reason of x.reasons) {
          const item = el("li", null, english ? reason.text : t.label("reasonKind", reason.kind));
          item.title = reason.text;
          list.appendChild(item);
        }
        return x.reasons.length ? list : "–";
      },
    },
  ], c.customers, { fmt });
}

function plan(section, ctx) {
  const { t, fmt, data } = ctx;
  const p = data.plan;
  const chart = card(section, t("chart.planByTier"), {
    wide: true,
    note: p.empty ? null : t("note.plan", {
      id: p.planId, from: fmt.date(p.periodStart), to: fmt.date(p.periodEnd), status: p.status, items: fmt.integer(p.items),
      cost: fmt.currencyValue(p.totalCost), hours: fmt.number(p.totalHours), value: fmt.currencyValue(p.totalExpectedValue),
    }),
  });
  const table = card(section, t("chart.planTable"), { wide: true });
  if (p.empty) { empty(chart, ctx, p.empty); empty(table, ctx, p.empty); return; }
  renderPlanChart(chart, p.cells, ctx);
  renderTable(table, [
    { key: "tier", label: t("column.tier"), render: (x) => t.label("tier", x.tier) },
    { key: "option", label: t("column.option"), render: (x) => t.label("option", x.option) },
    { key: "items", label: t("column.items"), format: "integer" },
    { key: "cost", label: t("column.cost"), format: "currency" },
    { key: "hours", label: t("column.hours"), format: "number" },
    { key: "expectedValue", label: t("column.expectedValue"), format: "currency" },
  ], p.cells, { fmt });
}
