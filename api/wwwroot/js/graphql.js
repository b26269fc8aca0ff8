// Minimal GraphQL-over-HTTP client shared by the help center and the explorer. No dependencies, no build step.
export const ENDPOINT = "/graphql";

export class GraphQLError extends Error {
  constructor(errors, data) {
    super(errors.map((e) => e.message).join("; "));
    this.errors = errors;
    this.data = data;
  }
}

/** Posts a query; returns the raw JSON body and status (the explorer shows both). */
export async function postGraphQL(query, variables, apiKey, signal) {
  const headers = { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json" };
  if (apiKey) headers.Authorization = "Bearer " + apiKey;
  const response = await fetch(ENDPOINT, { method: "POST", headers, body: JSON.stringify({ query, variables: variables || {} }), signal });
  const text = await response.text();
  let body;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  return { status: response.status, text, body };
}

/** Posts a query and returns `data`, throwing GraphQLError on any error (the help center treats partial data as failure). */
export async function query(queryText, variables, signal) {
  const { status, body } = await postGraphQL(queryText, variables, null, signal);
  if (!body) throw new Error("The server answered " + status + " without a GraphQL response.");
  if (body.errors && body.errors.length) throw new GraphQLError(body.errors, body.data);
  return body.data;
}
