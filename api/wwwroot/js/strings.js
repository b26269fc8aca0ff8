// Interface strings. English is built in; other locales load i18n/<locale>.json (same keys) and fall back per key.
const ENGLISH = {
  brand: "Help center",
  language: "Language",
  skip: "Skip to content",
  homeTitle: "How can we help?",
  searchLabel: "Search the help center",
  searchButton: "Search",
  searchModeFull: "Searches titles and text of every article.",
  searchModeTitles: "Filters the article list by title.",
  searchResults: "Search results",
  resultCount: "Results for “{query}”: {count}.",
  matchCount: "Articles whose title matches “{query}”: {count}.",
  didYouMean: "Did you mean “{suggestion}”?",
  articles: "Articles",
  categories: "Categories",
  faqs: "Frequently asked questions",
  showing: "Showing {shown} of {total}.",
  noArticles: "No articles in this language yet.",
  noFaqs: "No FAQs yet.",
  openAsPage: "Open as a page",
  loading: "Loading…",
  loadError: "Could not load this: {message}",
  back: "← All articles",
  readingTime: "{minutes} min read",
  fallback: "Not available in {asked}, showing {served}.",
  notFound: "This article does not exist or is not published.",
  onThisPage: "On this page",
  helpful: "Was this helpful?",
  yes: "Yes",
  no: "No",
  helpfulNote: "Voting needs an API key, so it is switched off for anonymous visitors.",
  footer: "Powered by the Knowledge GraphQL API",
  explorer: "API explorer",
};

let current = ENGLISH;
let currentLocale = "en";
let latest = 0;

/** Loads the strings of `locale`; a missing or broken file keeps English rather than leaving the page blank. */
/** Returns false when a later call superseded this one (quick switching), so its strings must not be applied. */
export async function loadStrings(locale) {
  const token = ++latest;
  let strings = ENGLISH;
  if (locale !== "en") {
    try {
      const response = await fetch("i18n/" + encodeURIComponent(locale) + ".json");
      if (response.ok) strings = await response.json();
    } catch {
      // Offline or missing file: English.
    }
  }
  if (token !== latest) return false;
  current = strings;
  currentLocale = strings === ENGLISH ? "en" : locale;
  return true;
}

/** The string for `key` with {name} placeholders filled in as plain text. */
export function t(key, params) {
  const template = current[key] ?? ENGLISH[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => (params && name in params ? String(params[name]) : ""));
}

/** The locale the interface strings are actually in (English when a locale's file could not be loaded). */
export function stringsLocale() {
  return currentLocale;
}

/** Sets the text of every element carrying data-i18n="key". */
export function applyStrings(root) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
}
