// Dictionaries are flat JSON objects ("section.overview": "Overview"); {name} placeholders are filled from params.

/** The languages the report and the dashboard ship. */
export const languages = ["en", "zh-CN"];

/** A translator over one dictionary, falling back to a second one (English) and then to the key itself. */
export function createI18n(dictionary, fallback = {}) {
  const t = (key, params) => {
    let text = dictionary[key] ?? fallback[key] ?? key;
    if (params) text = text.replace(/\{(\w+)\}/g, (m, name) => (params[name] ?? m));
    return text;
  };
  /** A label for a data value (segment, tier, category …) when the dictionary has one, else the value itself. */
  t.label = (prefix, value) => {
    if (value === null || value === undefined || value === "") return t("common.none");
    const key = `${prefix}.${value}`;
    return dictionary[key] ?? fallback[key] ?? String(value);
  };
  return t;
}
