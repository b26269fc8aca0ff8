// The help center: hash routes (#/ and #/article/<slug>), locale selector, lists, article page, search.
// Server text is inserted with textContent; only LocalizedArticle.html (sanitised server-side) uses innerHTML.
import { query } from "./graphql.js";
import { LOCALES, isRtl, localeName, initialLocale } from "./locales.js";
import { renderSnippet, filterByTitle } from "./text.js";
import { loadStrings, t, applyStrings, stringsLocale } from "./strings.js";

const $ = (id) => document.getElementById(id);
const state = { locale: "en", search: null, articles: [], loaded: null, routeToken: 0, searchToken: 0 };

// FAQs have their own list; the article list holds the other kinds.
const ARTICLES = `query($locale: String, $first: Int) { articles(locale: $locale, first: $first,
  where: { kinds: [ARTICLE, TROUBLESHOOTING_GUIDE, QUICK_START] }) { totalCount nodes { slug title kind } } }`;
const CATEGORIES = `{ categories { name subcategories { name } } }`;
const FAQS = `query($locale: String) { faqs(locale: $locale, first: 20) { nodes { slug question answer } } }`;
const ARTICLE = `query($slug: String!, $locale: String!) { article(slug: $slug, locale: $locale) {
  slug title html toc { title anchor level } locale resolvedLocale isFallback readingTimeMinutes direction } }`;
const SEARCH = `query($query: String!, $locale: String) { search(query: $query, locale: $locale, first: 10) {
  totalCount suggestion edges { node { score highlights article { slug title } } } } }`;
const CAPABILITIES = `{ __schema { queryType { fields { name } } } }`;

function element(tag, text, props) {
  const el = document.createElement(tag);
  if (text !== undefined && text !== null) el.textContent = text;
  if (props) Object.assign(el, props);
  return el;
}

function setStatus(id, text) {
  $(id).textContent = text || "";
}

async function setLocale(locale) {
  state.locale = locale;
  $("locale").value = locale;
  document.documentElement.lang = locale;
  document.documentElement.dir = isRtl(locale) ? "rtl" : "ltr";
  if (await loadStrings(locale)) {
    applyStrings(document);
    updateSearchMode();
  }
  try {
    localStorage.setItem("help.locale", locale);
  } catch {
    // Private mode: the choice simply is not remembered.
  }
}

function buildLocalePicker() {
  const select = $("locale");
  for (const code of LOCALES) {
    // Each language in its own name, so a visitor finds theirs whatever is selected.
    select.append(element("option", localeName(code), { value: code, lang: code }));
  }
  select.addEventListener("change", async () => {
    await setLocale(select.value);
    state.loaded = null;
    route();
  });
}

/** Whether the schema offers `search` (added by another feature); otherwise the list is filtered by title. */
async function detectSearch() {
  try {
    const data = await query(CAPABILITIES);
    state.search = data.__schema.queryType.fields.some((f) => f.name === "search");
  } catch {
    state.search = false;
  }
  updateSearchMode();
}

function updateSearchMode() {
  $("search-mode").textContent = state.search === null ? "" : t(state.search ? "searchModeFull" : "searchModeTitles");
}

async function loadHome() {
  if (state.loaded === state.locale) return;
  state.loaded = state.locale;
  const locale = state.locale;
  setStatus("articles-status", t("loading"));
  const lists = [
    query(ARTICLES, { locale, first: 100 }).then((data) => {
      if (locale !== state.locale) return;
      state.articles = data.articles.nodes;
      renderArticles(state.articles);
      setStatus("articles-status", data.articles.totalCount > state.articles.length
        ? t("showing", { shown: state.articles.length, total: data.articles.totalCount }) : "");
    }, (error) => setStatus("articles-status", t("loadError", { message: error.message }))),
    query(FAQS, { locale }).then((data) => locale === state.locale && renderFaqs(data.faqs.nodes),
      (error) => setStatus("faqs-status", t("loadError", { message: error.message }))),
  ];
  if (!$("categories").childElementCount) {
    lists.push(query(CATEGORIES).then((data) => renderCategories(data.categories),
      (error) => setStatus("categories-status", t("loadError", { message: error.message }))));
  }
  await Promise.all(lists);
}

// dir="auto": a title in another script (an English fallback on an Arabic page) keeps its own direction.
function articleLink(slug, title) {
  return element("a", title, { href: "#/article/" + encodeURIComponent(slug), dir: "auto" });
}

function renderArticles(articles) {
  const list = $("articles");
  list.replaceChildren(...articles.map((a) => {
    const item = element("li");
    item.append(articleLink(a.slug, a.title));
    return item;
  }));
  if (!articles.length) setStatus("articles-status", t("noArticles"));
}

function renderCategories(categories) {
  $("categories").replaceChildren(...categories.map((c) => {
    const item = element("li", c.name);
    if (c.subcategories.length) {
      const sub = element("ul");
      sub.append(...c.subcategories.map((s) => element("li", s.name)));
      item.append(sub);
    }
    return item;
  }));
}

function renderFaqs(faqs) {
  setStatus("faqs-status", faqs.length ? "" : t("noFaqs"));
  $("faqs").replaceChildren(...faqs.map((f) => {
    const details = element("details");
    details.append(element("summary", f.question, { dir: "auto" }), element("p", f.answer, { className: "faq-answer", dir: "auto" }));
    const more = element("p");
    more.append(articleLink(f.slug, t("openAsPage")));
    details.append(more);
    return details;
  }));
}

async function runSearch(text) {
  const token = ++state.searchToken;
  const section = $("search-results-section");
  const trimmed = text.trim();
  if (!trimmed) {
    section.hidden = true;
    renderArticles(state.articles);
    setStatus("search-status", "");
    return;
  }
  if (state.search) {
    try {
      const data = await query(SEARCH, { query: trimmed, locale: state.locale });
      if (token !== state.searchToken) return;
      renderSearchResults(data.search, trimmed);
      return;
    } catch (error) {
      // A search backend that is down should not leave the visitor with nothing: filter titles instead.
      console.warn("search failed, filtering titles", error);
    }
  }
  const matches = filterByTitle(state.articles, trimmed, state.locale);
  renderArticles(matches);
  setStatus("search-status", t("matchCount", { query: trimmed, count: matches.length }));
}

function renderSearchResults(results, text) {
  const list = $("search-results");
  list.replaceChildren(...results.edges.map(({ node }) => {
    const item = element("li");
    const heading = element("h3");
    heading.append(articleLink(node.article.slug, node.article.title));
    item.append(heading);
    const snippets = Array.isArray(node.highlights) ? node.highlights : node.highlights ? [node.highlights] : [];
    for (const snippet of snippets) item.append(renderSnippet(snippet));
    return item;
  }));
  $("search-results-section").hidden = false;
  let status = t("resultCount", { query: text, count: results.totalCount });
  if (results.suggestion) status += " " + t("didYouMean", { suggestion: results.suggestion });
  setStatus("search-status", status);
}

async function showArticle(slug, token) {
  const content = $("article-content");
  content.hidden = true;
  setStatus("article-status", t("loading"));
  let article;
  try {
    article = (await query(ARTICLE, { slug, locale: state.locale })).article;
  } catch (error) {
    if (token === state.routeToken) setStatus("article-status", t("loadError", { message: error.message }));
    return;
  }
  if (token !== state.routeToken) return;
  if (!article) {
    setStatus("article-status", t("notFound"));
    return;
  }
  setStatus("article-status", "");
  renderArticle(article);
  content.hidden = false;
  $("article-title").focus();
}

function renderArticle(article) {
  const dir = article.direction === "RTL" ? "rtl" : "ltr";
  const title = $("article-title");
  title.textContent = article.title;
  title.lang = article.resolvedLocale;
  title.dir = dir;
  document.title = article.title + " · " + t("brand");
  $("article-meta").textContent = t("readingTime", { minutes: article.readingTimeMinutes });

  const notice = $("fallback-notice");
  notice.hidden = !article.isFallback;
  const ui = stringsLocale();
  notice.textContent = article.isFallback
    ? t("fallback", { asked: localeName(article.locale, ui), served: localeName(article.resolvedLocale, ui) }) : "";

  const toc = article.toc.filter((entry) => entry.level <= 3);
  $("toc").hidden = toc.length === 0;
  $("toc-list").replaceChildren(...toc.map((entry) => {
    const item = element("li", null, { className: "toc-level-" + entry.level });
    item.append(element("a", entry.title, { href: "#" + entry.anchor }));
    return item;
  }));

  const body = $("article-body");
  body.lang = article.resolvedLocale;
  body.dir = dir;
  // Sanitised by the server (Markdig + HtmlSanitizer, unsafe link targets removed): the one innerHTML in this app.
  body.innerHTML = article.html;
  for (const link of body.querySelectorAll("a.kb-link[href^='/kb/']")) {
    const slug = link.getAttribute("href").split("/").pop();
    link.setAttribute("href", "#/article/" + slug);
  }
}

function parseRoute() {
  const match = /^#\/article\/([^/#?]+)/.exec(location.hash);
  return match ? { view: "article", slug: decodeURIComponent(match[1]) } : { view: "home" };
}

async function route() {
  const token = ++state.routeToken;
  const current = parseRoute();
  $("home-view").hidden = current.view !== "home";
  $("article-view").hidden = current.view !== "article";
  if (current.view === "article") {
    await showArticle(current.slug, token);
  } else {
    document.title = t("brand");
    await loadHome();
    if ($("search-input").value.trim()) await runSearch($("search-input").value);
  }
}

/** In-page anchors (#section) would otherwise replace the route; scroll to the target instead. */
function handleLocalAnchors(event) {
  const link = event.target.closest("a[href^='#']");
  if (!link) return;
  const href = link.getAttribute("href");
  if (href.startsWith("#/") || href === "#") return;
  const target = document.getElementById(decodeURIComponent(href.slice(1)));
  if (!target) return;
  event.preventDefault();
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.scrollIntoView();
  target.focus({ preventScroll: true });
}

async function start() {
  buildLocalePicker();
  let stored = null;
  try {
    stored = localStorage.getItem("help.locale");
  } catch {
    // Storage blocked: fall through to the browser's languages.
  }
  await setLocale(initialLocale(location.search, stored, navigator.languages));
  document.addEventListener("click", handleLocalAnchors);
  window.addEventListener("hashchange", route);
  let debounce;
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(debounce);
    runSearch($("search-input").value);
  });
  $("search-input").addEventListener("input", () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => runSearch($("search-input").value), 250);
  });
  await detectSearch();
  await route();
  document.body.dataset.ready = "true";
}

start();
