// Number, date and currency formatting per culture, through Intl only (no locale data is bundled).
// The report and the dashboard share it: createFormat("zh-CN", "CNY") formats ¥1,234.56 and 2025年12月31日.

/** Formatters for one culture and currency. Every function returns "–" for null, undefined or a non-finite number. */
export function createFormat(locale, currency = "CNY") {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol" });
  const moneyShort = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol", notation: "compact", maximumFractionDigits: 1 });
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const ok = (v) => typeof v === "number" && Number.isFinite(v);
  const guard = (f) => (v) => (ok(v) ? f(v) : "–");
  // "2025-12-31" and "2025-12" are calendar days and months, not instants: parse them as UTC so no time zone shifts them.
  const toDate = (text) => (text instanceof Date ? text : new Date(/^\d{4}-\d{2}$/.test(text) ? `${text}-01T00:00:00Z` : /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text));
  const guardDate = (f) => (v) => { if (!v) return "–"; const d = toDate(v); return Number.isNaN(d.getTime()) ? String(v) : f.format(d); };
  return {
    locale,
    currency,
    integer: guard((v) => integer.format(v)),
    number: guard((v) => decimal.format(v)),
    compact: guard((v) => compact.format(v)),
    currencyValue: guard((v) => money.format(v)),
    currencyShort: guard((v) => moneyShort.format(v)),
    /** A share 0–1 as a percentage. */
    percent: guard((v) => percent.format(v)),
    /** A value already in percent points (ROI %, NPS) with its unit. */
    percentPoints: guard((v) => `${decimal.format(v)}%`),
    date: guardDate(date),
    month: guardDate(month),
    dateTime: guardDate(dateTime),
    /** Formats by a format name the data carries: integer, number, currency, percent, percentPoints, score. */
    as(kind, v) {
      switch (kind) {
        case "integer": return this.integer(v);
        case "currency": return this.currencyValue(v);
        case "percent": return this.percent(v);
        case "percentPoints": return this.percentPoints(v);
        default: return this.number(v);
      }
    },
  };
}
