// Locales the help center offers. Content falls back server-side (pt-BR → pt → en); the list only drives the selector.
export const LOCALES = ["en", "de", "fr", "es", "pt-BR", "it", "nl", "sv", "pl", "ru", "tr", "ar", "he", "ja", "zh", "ko"];

const RTL = new Set(["ar", "he", "fa", "ur"]);

export function isRtl(locale) {
  return RTL.has(locale.split("-")[0].toLowerCase());
}

/** The locale's name in `inLocale` (its own name when omitted), falling back to the code where Intl lacks data. */
export function localeName(locale, inLocale) {
  try {
    return new Intl.DisplayNames([inLocale || locale], { type: "language" }).of(locale) || locale;
  } catch {
    return locale;
  }
}

/** ?lang= wins, then the visitor's last choice, then the browser's languages, then English. */
export function initialLocale(search, stored, browserLanguages) {
  const wanted = [new URLSearchParams(search).get("lang"), stored, ...(browserLanguages || [])].filter(Boolean);
  for (const candidate of wanted) {
    const exact = LOCALES.find((l) => l.toLowerCase() === candidate.toLowerCase());
    if (exact) return exact;
    const base = LOCALES.find((l) => l.toLowerCase() === candidate.split("-")[0].toLowerCase());
    if (base) return base;
  }
  return "en";
}
