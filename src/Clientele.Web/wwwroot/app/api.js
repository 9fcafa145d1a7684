// The REST API from the browser: same-origin fetch with the session cookie, the antiforgery header on changes, and
// ProblemDetails turned into an ApiError that says what went wrong (docs/api.md).

let antiforgeryToken = null;

/** Remembers the antiforgery token of the cookie session (sent as X-XSRF-TOKEN with POST, PUT, PATCH and DELETE). */
export function setAntiforgeryToken(token) {
  antiforgeryToken = token ?? null;
}

/** An API answer other than 2xx: the status and the ProblemDetails body. */
export class ApiError extends Error {
  constructor(status, problem) {
    const fields = problem?.errors ? Object.entries(problem.errors).map(([k, v]) => `${k}: ${[].concat(v).join(" ")}`).join("; ") : "";
    super(fields || problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

/** Calls the API; returns the JSON (or text) body, null for 204; throws ApiError otherwise. */
export async function api(path, { method = "GET", body, form, accept = "application/json" } = {}) {
  const headers = { Accept: accept };
  if (method !== "GET" && antiforgeryToken) headers["X-XSRF-TOKEN"] = antiforgeryToken;
  let payload;
  if (form) payload = form;
  else if (body !== undefined) { headers["Content-Type"] = "application/json"; payload = JSON.stringify(body); }
  const response = await fetch(path, { method, headers, body: payload, credentials: "same-origin" });
  if (response.status === 204) return null;
  const type = response.headers.get("content-type") ?? "";
  const data = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) throw new ApiError(response.status, typeof data === "object" ? data : { detail: data });
  return data;
}

/** A query string from an object, leaving out null, undefined and empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : "";
}
