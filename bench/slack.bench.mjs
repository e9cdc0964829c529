// Slack bot latency: time from a signed event arriving at the bot's HTTP receiver to its
// chat.postMessage call reaching a local fake Slack Web API. 50 events/s for ~10 s; goal p99 < 50 ms.
// Run: pnpm bench slack   (or: node bench/slack.bench.mjs after building apps/slack-bot)
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { createApp, makeConfig } from '@smtpfix/slack-bot';

const RATE = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SECRET = 'bench-signing-secret';
const PASTES = [
  '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1sm - gsmtp',
  '454-4.7.0 Too many login attempts, please try again later. For more information, go to\n454 4.7.0  https://support.google.com/mail/?p=LoginAttempts - gsmtp',
  "Error: Invalid login: 534-5.7.9 Application-specific password required. auth: { pass: 'abcd efgh ijkl mnop' }",
  '421-4.7.0 Try again later, closing connection. (EHLO) - gsmtp',
];

// Fake Slack Web API: notes when each chat.postMessage arrives, keyed by the thread it answers.
const arrived = new Map();
let seq = 0;
const api = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const at = performance.now();
    const method = req.url.replace(/^\/api\//, '');
    const params = new URLSearchParams(Buffer.concat(chunks).toString());
    let body = { ok: true };
    if (method === 'auth.test') body = { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' };
    if (method === 'chat.postMessage') {
      arrived.set(params.get('thread_ts'), at);
      body = { ok: true, channel: params.get('channel'), ts: `1.${++seq}` };
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
});
await new Promise((r) => api.listen(0, '127.0.0.1', r));

const bot = createApp(
  makeConfig(
    {
      mode: 'http',
      port: 0,
      host: '127.0.0.1',
      apiUrl: `http://127.0.0.1:${api.address().port}/api/`,
      messageThreshold: 0.6,
      logLevel: 'error',
    },
    { botToken: 'xoxb-fake-bench-token', signingSecret: SECRET },
  ),
  { retries: 0 },
);
await bot.start();
const url = `http://127.0.0.1:${bot.port()}/slack/events`;

const sent = new Map();
async function send(i) {
  const ts = `1700000000.${String(i).padStart(6, '0')}`;
  const raw = JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: `Ev${i}`,
    event_time: 1700000000,
    event: {
      type: 'message',
      channel: 'C1',
      channel_type: 'channel',
      user: 'U1',
      ts,
      text: PASTES[i % PASTES.length],
    },
  });
  const t = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${t}:${raw}`).digest('hex')}`;
  sent.set(ts, performance.now());
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-slack-signature': sig,
      'x-slack-request-timestamp': String(t),
    },
    body: raw,
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
}

// Warm-up (auth.test, JIT), not measured.
for (let i = 0; i < 20; i++) await send(1_000_000 + i);
await new Promise((r) => setTimeout(r, 200));
sent.clear();
arrived.clear();

const total = RATE * SECONDS;
const started = performance.now();
const inflight = [];
for (let i = 0; i < total; i++) {
  const due = started + (i * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  inflight.push(send(i));
}
await Promise.all(inflight);
const deadline = performance.now() + 5000;
while (arrived.size < total && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));

const lat = [...sent]
  .filter(([ts]) => arrived.has(ts))
  .map(([ts, t0]) => arrived.get(ts) - t0)
  .sort((a, b) => a - b);
const q = (p) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))] ?? Number.NaN;
console.log(`slack-bot: signed event → chat.postMessage, ${RATE} events/s for ${SECONDS} s`);
console.log(`  answered ${lat.length}/${total}`);
console.log(
  `  p50 ${q(50).toFixed(2)} ms  p99 ${q(99).toFixed(2)} ms  max ${lat.at(-1)?.toFixed(2)} ms  (goal p99 < 50 ms)`,
);
await bot.stop();
api.closeAllConnections();
api.close();
process.exitCode = lat.length === total && q(99) < 50 ? 0 : 1;
