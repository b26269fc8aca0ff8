// Runs the graphql-http server audits (the GraphQL-over-HTTP spec's reference checks) against a running server.
// Usage: node http-audit.mjs http://127.0.0.1:1234/graphql  → one JSON line: [{ id, name, status, reason }]
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node http-audit.mjs <graphql url>');
  process.exit(2);
}
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null });
}
console.log(JSON.stringify(results));
