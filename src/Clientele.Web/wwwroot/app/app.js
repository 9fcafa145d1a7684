// The Clientele dashboard: log-in, the navigation, the language switch and a hash router over the pages.
// Charts, tables, number formats and dictionaries are the report's modules (served under /lib), so the dashboard and
// the offline report look and count the same.
import { createFormat } from "/lib/format.js";
import { createI18n, languages } from "/lib/i18n.js";
import { api, ApiError, setAntiforgeryToken } from "/app/api.js";
import { el } from "/app/ui.js";
import { overviewPage } from "/app/pages/overview.js";
import { customersPage, customerPage } from "/app/pages/customers.js";
import { segmentsPage } from "/app/pages/segments.js";
import { economicsPage } from "/app/pages/economics.js";
import { relationshipPage } from "/app/pages/relationship.js";
import { dealersPage } from "/app/pages/dealers.js";
import { churnPage } from "/app/pages/churn.js";
import { allocationPage } from "/app/pages/allocation.js";
import { importsPage } from "/app/pages/imports.js";

const LANGUAGE_KEY = "clientele.language";
const CURRENCY = "CNY";
const roles = ["viewer", "analyst", "admin"];

/** The pages in navigation order: route, dictionary key, least role, renderer. */
const pages = [
  { route: "overview", role: "viewer", render: overviewPage },
  { route: "customers", role: "viewer", render: customersPage },
  { route: "segments", role: "viewer", render: segmentsPage },
  { route: "economics", role: "viewer", render: economicsPage },
  { route: "relationship", role: "viewer", render: relationshipPage },
  { route: "dealers", role: "viewer", render: dealersPage },
  { route: "churn", role: "viewer", render: churnPage },
  { route: "allocation", role: "viewer", render: allocationPage },
  { route: "imports", role: "analyst", render: importsPage },
];

const state = { session: null, language: null, t: null, fmt: null, dictionaries: {}, reportData: null };
const root = document.getElementById("app");

/** The language to start with: the one chosen in this browser, else the browser's own. */
function initialLanguage() {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  if (languages.includes(stored)) return stored;
  return (navigator.language ?? "en").toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

async function loadDictionaries(language) {
  if (state.dictionaries[language]) return state.dictionaries[language];
  const get = async (url) => { const r = await fetch(url, { credentials: "same-origin" }); if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`); return r.json(); };
  // The report's dictionary holds the chart, KPI and empty-state texts; the dashboard's adds navigation and forms.
  const [report, dashboard] = await Promise.all([get(`/lib/i18n/${language}.json`), get(`/app/i18n/${language}.json`)]);
  return (state.dictionaries[language] = { ...report, ...dashboard });
}

async function setLanguage(language, { remember = true } = {}) {
  const dictionary = await loadDictionaries(language);
  const fallback = language === "en" ? {} : await loadDictionaries("en");
  state.language = language;
  state.t = createI18n(dictionary, fallback);
  state.fmt = createFormat(language, CURRENCY);
  document.documentElement.lang = language;
  document.title = state.t("dash.title");
  localStorage.setItem(LANGUAGE_KEY, language);
  if (remember && state.session?.authenticatedBy === "cookie") {
    try { await api("/api/preferences", { method: "PUT", body: { language } }); } catch { /* kept in this browser; the server copy is a convenience */ }
  }
}

function atLeast(role) {
  return roles.indexOf(state.session?.role) >= roles.indexOf(role);
}

/** Report data (overview, segments, dealers, plan …) shared by the pages, fetched at most every 30 s. */
async function reportData(force = false) {
  const now = Date.now();
  if (!force && state.reportData && now - state.reportData.at < 30000) return state.reportData.data;
  const data = await api("/api/report/data");
  state.reportData = { at: now, data };
  return data;
}

function loginView(message) {
  const { t } = state;
  root.replaceChildren();
  root.setAttribute("data-state", "login");
  const box = el("main", "login");
  box.appendChild(el("h1", null, t("dash.title")));
  const form = el("form", "login-form");
  form.id = "login-form";
  const name = el("input"); name.name = "userName"; name.autocomplete = "username"; name.required = true; name.id = "login-user";
  const password = el("input"); password.type = "password"; password.name = "password"; password.autocomplete = "current-password"; password.required = true; password.id = "login-password";
  const label = (text, control) => { const l = el("label", "field"); l.append(el("span", "field-label", text), control); return l; };
  const submit = el("button", "primary", t("dash.logIn")); submit.type = "submit";
  const error = el("p", "error-message"); error.id = "login-error"; error.setAttribute("role", "alert");
  if (message) error.textContent = message;
  form.append(label(t("dash.userName"), name), label(t("dash.password"), password), submit, error, languageSwitch());
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = "";
    try {
      const session = await api("/api/auth/login", { method: "POST", body: { userName: name.value, password: password.value } });
      await signedIn(session);
    } catch (e) {
      error.textContent = e instanceof ApiError && e.status === 401 ? t("dash.loginFailed") : e instanceof ApiError && e.status === 429 ? t("dash.tooManyAttempts") : `${t("dash.error")}: ${e.message}`;
      submit.disabled = false;
    }
  });
  box.appendChild(form);
  root.appendChild(box);
  name.focus();
}

function languageSwitch() {
  const wrap = el("label", "language");
  wrap.appendChild(el("span", "field-label", state.t("dash.language")));
  const s = el("select");
  s.id = "language";
  for (const language of languages) {
    const o = el("option", null, state.t(`language.${language}`));
    o.value = language;
    o.selected = language === state.language;
    s.appendChild(o);
  }
  s.addEventListener("change", async () => {
    await setLanguage(s.value);
    if (state.session) { shell(); route(); } else loginView();
  });
  wrap.appendChild(s);
  return wrap;
}

async function signedIn(session) {
  state.session = session;
  setAntiforgeryToken(session.antiforgeryToken);
  // The user's language on the server wins over this browser's, so it follows them to any browser.
  let language = state.language;
  if (session.authenticatedBy === "cookie") {
    try {
      const preferences = await api("/api/preferences");
      if (preferences.language) language = preferences.language;
    } catch { /* no stored preference */ }
  }
  await setLanguage(language, { remember: false });
  shell();
  route();
}

function shell() {
  const { t, session } = state;
  root.replaceChildren();
  root.setAttribute("data-state", "ready");
  const header = el("header", "topbar");
  const brand = el("a", "brand", "Clientele");
  brand.href = "#/overview";
  const toggle = el("button", "nav-toggle", "☰");
  toggle.type = "button";
  toggle.setAttribute("aria-label", t("dash.menu"));
  const nav = el("nav", "main-nav");
  nav.id = "nav";
  toggle.addEventListener("click", () => nav.classList.toggle("open"));
  for (const page of pages.filter((p) => atLeast(p.role))) {
    const a = el("a", null, t(`nav.${page.route}`));
    a.href = `#/${page.route}`;
    a.dataset.route = page.route;
    nav.appendChild(a);
  }
  const user = el("div", "user");
  user.appendChild(el("span", "user-name", `${session.name} · ${t(`role.${session.role}`)}`));
  user.appendChild(languageSwitch());
  const logout = el("button", "link", t("dash.logOut"));
  logout.id = "logout";
  logout.type = "button";
  logout.addEventListener("click", async () => {
    try { await api("/api/auth/logout", { method: "POST" }); } catch { /* the session is over either way */ }
    state.session = null;
    state.reportData = null;
    setAntiforgeryToken(null);
    loginView();
  });
  user.appendChild(logout);
  header.append(brand, toggle, nav, user);
  const main = el("main", "page");
  main.id = "page";
  root.append(header, main);
}

let generation = 0;

async function route() {
  if (!state.session) return;
  const [name, ...rest] = (location.hash.replace(/^#\/?/, "") || "overview").split("/");
  const main = document.getElementById("page");
  const page = name === "customer" ? { route: "customer", render: customerPage } : pages.find((p) => p.route === name && atLeast(p.role)) ?? pages[0];
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.route === (page.route === "customer" ? "customers" : page.route));
  document.getElementById("nav")?.classList.remove("open");
  const mine = ++generation;
  main.replaceChildren();
  main.setAttribute("data-page", page.route);
  main.setAttribute("data-state", "loading");
  const ctx = {
    t: state.t, fmt: state.fmt, language: state.language, session: state.session, atLeast, reportData,
    arg: rest.map(decodeURIComponent).join("/"),
    current: () => mine === generation,
    navigate: (hash) => { location.hash = hash; },
  };
  try {
    await page.render(main, ctx);
    if (mine === generation) main.setAttribute("data-state", "ready");
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) { state.session = null; loginView(state.t("dash.sessionEnded")); return; }
    if (mine !== generation) return;
    main.setAttribute("data-state", "error");
    main.appendChild(el("p", "error-message", `${state.t("dash.error")}: ${e.message}`));
  }
}

window.addEventListener("hashchange", route);

async function start() {
  await setLanguage(initialLanguage(), { remember: false });
  try {
    const session = await api("/api/auth/me");
    await signedIn(session);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) loginView();
    else { root.replaceChildren(el("p", "error-message", `${state.t("dash.error")}: ${e.message}`)); root.setAttribute("data-state", "error"); }
  }
}

start();
