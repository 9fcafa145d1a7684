// Imports: upload a CSV of one entity, see what was read, accepted, rejected and duplicated, and the rejected rows.
import { api, ApiError } from "/app/api.js";
import { parseCsv } from "/app/csv.js";
import { renderTable } from "/lib/tables.js";
import { el, grid, card, empty, failed, drawn, field, select, input, button } from "/app/ui.js";

const entities = ["customers", "transactions", "interactions", "investments", "surveys", "leads", "dealers", "staff"];

export async function importsPage(main, ctx) {
  const { t, fmt } = ctx;
  main.appendChild(el("h1", null, t("nav.imports")));
  const form = el("form", "filters");
  form.id = "import-form";
  const entity = select(entities.map((e) => [e, t(`entity.${e}`)]), "transactions");
  entity.id = "import-entity";
  const file = input("file", { accept: ".csv,.tsv,.txt,text/csv", required: "required", id: "import-file" });
  const create = input("checkbox", { id: "import-create" });
  const createLabel = el("label", "check");
  createLabel.append(create, el("span", null, t("dash.createCustomers")));
  const upload = button(t("dash.upload"), { kind: "submit", className: "primary" });
  upload.id = "import-upload";
  form.append(field(t("dash.entity"), entity), field(t("dash.file"), file), createLabel, upload);
  main.appendChild(form);
  main.appendChild(el("p", "note", t("dash.importNote")));
  const g = grid(main);
  const counts = card(g, t("dash.importResult"));
  const rejects = card(g, t("dash.rejectedRows"), { wide: true });
  empty(counts, t, "noImport");
  empty(rejects, t, "noImport");

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!file.files.length) return;
    upload.disabled = true;
    counts.setAttribute("data-state", "loading");
    counts.replaceChildren(el("p", "loading", t("dash.uploading")));
    const body = new FormData();
    body.append("file", file.files[0]);
    try {
      const r = await api(`/api/imports/${entity.value}${create.checked ? "?createCustomers=true" : ""}`, { method: "POST", form: body });
      counts.classList.remove("empty"); counts.removeAttribute("data-empty");
      const list = el("dl", "facts counts");
      list.id = "import-counts";
      const fact = (key, value) => { const dt = el("dt", null, t(`dash.${key}`)); const dd = el("dd", "num", fmt.integer(value)); dd.dataset.count = key; list.append(dt, dd); };
      fact("read", r.read); fact("accepted", r.accepted); fact("rejected", r.rejected); fact("duplicates", r.duplicates);
      if (r.customersCreated) fact("customersCreated", r.customersCreated);
      counts.replaceChildren(list);
      if (r.ignoredColumns.length) counts.appendChild(el("p", "note", t("dash.ignoredColumns", { columns: r.ignoredColumns.join(", ") })));
      drawn(counts);
      if (!r.rejectsUrl) { empty(rejects, t, "noRejects"); return; }
      const text = await api(r.rejectsUrl, { accept: "text/csv" });
      const [header, ...rows] = parseCsv(String(text)).filter((row) => row.length > 1 || row[0] !== "");
      const objects = rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ""])));
      rejects.classList.remove("empty"); rejects.removeAttribute("data-empty");
      renderTable(rejects, header.map((h) => ({ key: h, label: t(`rejects.${h}`), format: h === "line" ? "integer" : "text" })),
        objects.map((o) => ({ ...o, line: Number(o.line) })), { fmt });
      const download = el("a", "download", t("dash.downloadRejects"));
      download.href = r.rejectsUrl;
      download.download = `rejects-${r.entity}-${r.id}.csv`;
      download.id = "download-rejects";
      rejects.prepend(download);
      drawn(rejects);
      ctx.reportData(true).catch(() => {});
    } catch (e) {
      const message = e instanceof ApiError && e.status === 413 ? t("dash.tooLarge") : e.message;
      failed(counts, t, message);
    } finally {
      upload.disabled = false;
    }
  });
}
