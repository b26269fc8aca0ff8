// The API explorer: paste a query, variables and a key; see the raw response. Output is only ever set as textContent.
import { postGraphQL } from "./graphql.js";

const $ = (id) => document.getElementById(id);

$("explorer").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("variables-error").textContent = "";
  let variables = {};
  const rawVariables = $("variables").value.trim();
  if (rawVariables) {
    try {
      variables = JSON.parse(rawVariables);
    } catch (error) {
      $("variables-error").textContent = "Variables are not valid JSON: " + error.message;
      $("variables").focus();
      return;
    }
  }
  $("response-status").textContent = "Running…";
  const started = performance.now();
  try {
    const { status, text, body } = await postGraphQL($("query").value, variables, $("api-key").value.trim() || null);
    const millis = Math.round(performance.now() - started);
    $("response").textContent = body ? JSON.stringify(body, null, 2) : text;
    const errors = body && body.errors ? body.errors.length : 0;
    $("response-status").textContent = `HTTP ${status} in ${millis} ms` + (errors ? `, ${errors} error(s)` : "");
  } catch (error) {
    $("response").textContent = "";
    $("response-status").textContent = "The request failed: " + error.message;
  }
});

// Ctrl/Cmd+Enter runs the query from any field, like the IDEs developers are used to.
document.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) $("explorer").requestSubmit();
});
document.body.dataset.ready = "true";
