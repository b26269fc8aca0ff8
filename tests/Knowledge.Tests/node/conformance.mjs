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
let pendingNext = events.next(); // starts the subscription
const receiveWithin = async (ms) => {
  const result = await Promise.race([pendingNext, sleep(ms).then(() => null)]);
  if (result) pendingNext = events.next();
  return result;
};

// The protocol has no "subscribed" reply: create tickets until one of them arrives (the first may precede the subscription).
const createAndReceive = async (subject) => {
  const ids = new Set();
  for (let attempt = 0; attempt < 10; attempt++) {
    ids.add(await createTicket(`${subject} #${attempt}`));
    const deadline = Date.now() + 1000;
    for (;;) {
      const left = deadline - Date.now();
      const result = left > 0 ? await receiveWithin(left) : null;
      if (!result) break;
      if (result.done) throw new Error('subscription completed early');
      if (result.value.errors) throw new Error(JSON.stringify(result.value.errors));
      if (ids.has(result.value.data.ticketUpdated.id)) return result.value.data.ticketUpdated;
    }
  }
  throw new Error(`no ticketUpdated event for '${subject}'`);
};

try {
  const received = await createAndReceive('graphql-ws first');

  socket.terminate(); // drop the TCP connection: the client must reconnect and resubscribe
  for (let i = 0; i < 100 && connects < 2; i++) await sleep(50);
  if (connects < 2) fail('did not reconnect');
  const afterReconnect = await createAndReceive('graphql-ws after reconnect');

  await events.return(); // client-side complete
  const typename = await execute('{ __typename }');
  await client.dispose();
  console.log(JSON.stringify({ ok: true, connects, closes, first: received.id, second: afterReconnect.id, typename: typename.data.__typename }));
  process.exit(0);
} catch (error) {
  fail(error?.message ?? error);
}
