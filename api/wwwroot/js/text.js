// Safe text helpers: search snippets may carry <mark>/<em> highlighting; nothing else from the server becomes markup.
const EMPHASIS = new Set(["MARK", "EM", "B", "STRONG"]);

/** A <p> for one highlight: emphasis tags become <mark>, every other tag contributes only its text. */
export function renderSnippet(snippet) {
  const paragraph = document.createElement("p");
  paragraph.className = "snippet";
  // DOMParser builds an inert document (no scripts run, no resources load); only text is copied out of it.
  const parsed = new DOMParser().parseFromString(String(snippet), "text/html").body;
  for (const node of parsed.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && EMPHASIS.has(node.tagName)) {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      paragraph.append(mark);
    } else {
      paragraph.append(document.createTextNode(node.textContent));
    }
  }
  return paragraph;
}

/** Articles whose title contains every word of `text`, compared case- and accent-insensitively. */
export function filterByTitle(articles, text, locale) {
  const fold = (s) => s.toLocaleLowerCase(locale).normalize("NFD").replace(/\p{M}/gu, "");
  const words = fold(text).split(/\s+/).filter(Boolean);
  return articles.filter((a) => {
    const title = fold(a.title);
    return words.every((w) => title.includes(w));
  });
}
