// Drives the real graphql-ws client (with ws) against a running api: subscribe, receive, complete, reconnect.
// usage: node conformance.mjs <ws://host:port/graphql> <api key>; prints one JSON line, exit code 0 when conformant.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, key] = process.argv.slice(2);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const fail = (message) => {
  console.log(JSON.stringify({ ok: false, error: String(message) }));
  process.exit(1);
};
setTimeout(() => fail('timed out'), 30000).unref();

let connects = 0;
let socket;
const closes = [];
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${key}` },
  retryAttempts: 5,
  retryWait: () => sleep(200),
  shouldRetry: () => true,
  on: {
    connected: (s) => { connects++; socket = s; },
    closed: (event) => closes.push(event.code),
  },
});

// A query or mutation over the socket: one next, then complete.
const execute = (query, variables) => new Promise((resolve, reject) => {
  let result;
  client.subscribe({ query, variables }, { next: (r) => { result = r; }, error: reject, complete: () => resolve(result) });
});

const createTicket = async (subject) => {
  const result = await execute('mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }',
    { input: { subject, body: 'Sent by the graphql-ws conformance script.' } });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.createTicket.ticket.id;
};

const events = client.iterate({ query: 'subscription { ticketUpdated { id subject } }' });
const waitFor = async (id) => {
  for (;;) {
    const { value, done } = await events.next();
    if (done) throw new Error('subscription completed early');
    if (value.errors) throw new Error(JSON.stringify(value.errors));
    if (value.data.ticketUpdated.id === id) return value.data.ticketUpdated;
  }
};

try {
  const pending = events.next(); // starts the subscription
  await sleep(300);
  const first = await createTicket('graphql-ws first');
  const firstEvent = await pending;
  const received = firstEvent.value.data.ticketUpdated.id === first ? firstEvent.value.data.ticketUpdated : await waitFor(first);

  socket.terminate(); // drop the TCP connection: the client must reconnect and resubscribe
  for (let i = 0; i < 100 && connects < 2; i++) await sleep(50);
  if (connects < 2) fail('did not reconnect');
  await sleep(300);
  const second = await createTicket('graphql-ws after reconnect');
  const afterReconnect = await waitFor(second);

  await events.return(); // client-side complete
  const typename = await execute('{ __typename }');
  await client.dispose();
  console.log(JSON.stringify({ ok: true, connects, closes, first: received.id, second: afterReconnect.id, typename: typename.data.__typename }));
  process.exit(0);
} catch (error) {
  fail(error?.message ?? error);
}
